/** Placeholder until the page is built. */
export function BoardPage({ user }: { user: string }) {
  return <h1>{user}</h1>;
}
