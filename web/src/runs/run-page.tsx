/** Placeholder until the page is built. */
export function RunPage({ id }: { id: string }) {
  return <h1>{id}</h1>;
}
