/** Placeholder until the page is built. */
export function ItemPage({ id }: { id: string }) {
  return <h1>{id}</h1>;
}
