/**
 * The URL to POST to. Users paste either a server's base URL (`http://host:8000`, `…/v1`, as the
 * openai client takes it) or the full endpoint (`…/v1/embeddings`); all three mean the same server.
 */
export function embeddingsEndpoint(url: string): URL {
  const endpoint = new URL(url);
  const path = endpoint.pathname.replace(/\/+$/, '');
  if (path.endsWith('/embeddings')) endpoint.pathname = path;
  else if (path === '') endpoint.pathname = '/v1/embeddings';
  else endpoint.pathname = `${path}/embeddings`;
  endpoint.hash = '';
  return endpoint;
}

/** How an endpoint is named in messages: origin and path, never the query (it may carry a key). */
export function describeEndpoint(endpoint: URL): string {
  return `${endpoint.origin}${endpoint.pathname}`;
}
