import { ApiError } from '../api/api-error.ts';
import { apiGet, apiPost } from '../api/client.ts';
import { type ExploreQuery, isSearch } from './explore-query.ts';
import type { CatalogPage, GridCard, GridPage, SearchAnswer, SearchHit } from './explore-types.ts';
import { findUpload } from './uploaded-images.ts';

export const PAGE_SIZE = 40;

async function catalogPage(filters: string[], offset: number, signal: AbortSignal): Promise<GridPage> {
  const page = await apiGet<CatalogPage>(
    '/api/assets',
    { offset, limit: PAGE_SIZE, filter: filters },
    signal,
  );
  return { cards: page.items, total: page.total, next: page.next };
}

/** The grid keeps every card it has shown, so a hit's metadata and caption are left behind. */
function hitCard(hit: SearchHit): GridCard {
  const { id, title, category, price, width, height, sha256, url, thumbnailUrl, score, why } = hit;
  return { id, title, category, price, width, height, sha256, url, thumbnailUrl, score, why };
}

function searchBody(query: ExploreQuery): Record<string, unknown> {
  const images: Record<string, string>[] = [];
  if (query.image) images.push({ assetId: query.image });
  if (query.upload) {
    const upload = findUpload(query.upload);
    if (!upload) {
      throw new ApiError(
        'UPLOAD_GONE',
        'the uploaded image is no longer in this tab',
        0,
        'Uploads are kept in memory only: upload, drop or paste the image again.',
      );
    }
    images.push({ base64: upload.base64 });
  }
  return {
    ...(query.text ? { text: query.text } : {}),
    ...(images.length > 0 ? { images } : {}),
    ...(query.board ? { board: query.board } : {}),
    filters: query.filters,
  };
}

async function searchPage(query: ExploreQuery, offset: number, signal: AbortSignal): Promise<GridPage> {
  const answer = await apiPost<SearchAnswer>(
    '/api/search',
    { ...searchBody(query), k: PAGE_SIZE, offset },
    signal,
  );
  const more = answer.results.length === PAGE_SIZE;
  return {
    // Each hit carries its card (pixel size included), so the grid lays it out without asking again.
    cards: answer.results.map(hitCard),
    total: more ? null : offset + answer.results.length,
    next: more ? offset + PAGE_SIZE : null,
    filtered: answer.filtered,
  };
}

/** One page of what Explore shows for a query: the catalog (offset paging) or search results. */
export function loadGridPage(query: ExploreQuery, offset: number, signal: AbortSignal): Promise<GridPage> {
  return isSearch(query) ? searchPage(query, offset, signal) : catalogPage(query.filters, offset, signal);
}
