/** Placeholder until the page is built. */
export function AssistantPage() {
  return <h1>AssistantPage</h1>;
}
