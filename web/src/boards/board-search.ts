import { apiPost } from '../api/client.ts';
import type { SearchAnswer, SearchHit } from './board-types.ts';

/** Catalog items nearest the board's centroid; the board's own items are left out by the API. */
export function searchBoard(user: string, k: number, offset: number, signal?: AbortSignal) {
  return apiPost<SearchAnswer>('/api/search', { board: user, k, offset }, signal);
}

/** The stored thumbnail when ingest made one, else one resized on request. */
export function hitThumbnail(hit: SearchHit): string {
  return hit.thumbnailSha256 ? `/api/blobs/${hit.thumbnailSha256}` : `/api/thumbnails/${hit.sha256}?size=256`;
}
