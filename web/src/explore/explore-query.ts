/**
 * What Explore shows, as it lives in the address bar (?q=…&board=…&filter=…&image=…&upload=…), so
 * back, forward and reload bring the same grid back. Filters keep the server's own text syntax
 * (`category=skirt`, `price<=80`, `color in red,navy`), so the URL reads like the CLI.
 */
export interface ExploreQuery {
  text: string;
  board: string;
  filters: string[];
  /** A catalog asset whose image is the query ("Search similar"). */
  image: string;
  /** The id of an image uploaded in this tab (bytes are kept in memory, never in the URL). */
  upload: string;
}

export const EMPTY_QUERY: ExploreQuery = { text: '', board: '', filters: [], image: '', upload: '' };

export function readQuery(search: string): ExploreQuery {
  const params = new URLSearchParams(search);
  return {
    text: params.get('q')?.trim() ?? '',
    board: params.get('board') ?? '',
    filters: params.getAll('filter').filter((filter) => filter.trim() !== ''),
    image: params.get('image') ?? '',
    upload: params.get('upload') ?? '',
  };
}

/** The path of Explore for a query; empty parts are left out so the plain catalog is just `/`. */
export function queryPath(query: ExploreQuery): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.board) params.set('board', query.board);
  for (const filter of query.filters) params.append('filter', filter);
  if (query.image) params.set('image', query.image);
  if (query.upload) params.set('upload', query.upload);
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

/** A query with no text, board or image browses the catalog (filters alone are a catalog filter). */
export function isSearch(query: ExploreQuery): boolean {
  return Boolean(query.text || query.board || query.image || query.upload);
}

export function queryKey(query: ExploreQuery): string {
  return queryPath(query);
}
