/** Every route of the API, for the page shown before the web app is built and for GET /api. */
export const API_ROUTES: readonly (readonly [method: string, path: string, what: string])[] = [
  ['GET', '/api/health', 'liveness'],
  ['GET', '/api/assets?offset&limit&filter=FIELD=VALUE', 'the catalog, page by page, filtered'],
  ['GET', '/api/assets/:id?similar=12', 'one item: attributes and similar items'],
  [
    'GET',
    '/api/facets',
    'values in the catalog for the filter fields (category, colour, pattern) with counts, price range, field hints',
  ],
  ['GET', '/api/blobs/:sha256', 'stored image bytes (64-hex name only)'],
  ['GET', '/api/thumbnails/:sha256?size=256', 'a resized WebP thumbnail'],
  [
    'POST',
    '/api/search',
    'search by text, images (base64 or assetId), board and filters; each hit carries its grid card',
  ],
  ['GET', '/api/boards', 'users with boards'],
  [
    'GET',
    '/api/boards/:user',
    "a user's items, stored and inferred taste, with archetype profiles and colour hex",
  ],
  [
    'GET',
    '/api/runs?wait',
    'the leaderboard: runs with headline metrics and 95% intervals (pending: true while a large run is summarised; wait=1 waits)',
  ],
  ['GET', '/api/runs/:id?wait', 'a run summary with breakdowns (or pending: true; wait=1 waits)'],
  ['GET', '/api/runs/:id/samples?offset&limit&after&outcome&q', 'a page of samples'],
  ['GET', '/api/runs/:id/samples/:sampleId', 'one sample in full'],
  ['GET', '/api/compare?a&b&offset&limit&filter', 'two runs side by side, with paired statistics'],
  ['GET', '/api/models', 'models the assistant may use, each a model or a baseline'],
  ['POST', '/api/chat', 'one assistant turn (earlier turns as history) as Server-Sent Events'],
  ['GET', '/api/traces', 'recent assistant traces'],
  ['GET', '/api/traces/:id', 'one trace with its events'],
];
