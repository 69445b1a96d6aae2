/** Placeholder until the page is built. */
export function BoardsPage() {
  return <h1>BoardsPage</h1>;
}
