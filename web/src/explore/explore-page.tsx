/** Placeholder until the page is built. */
export function ExplorePage() {
  return <h1>ExplorePage</h1>;
}
