import { ApiError } from '../api/api-error.ts';
import { apiGet, apiPost } from '../api/client.ts';
import { type ExploreQuery, isSearch } from './explore-query.ts';
import type { AssetCard, CatalogPage, GridCard, GridPage, SearchAnswer, SearchHit } from './explore-types.ts';
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

/** Ids the filter syntax can carry inside `id in a,b,c` without being split or read as numbers. */
const LISTABLE_ID = /^[^\s,'"]*[^\s,'"0-9.-][^\s,'"]*$/;

/**
 * Search hits carry no pixel size, so the grid could not reserve their space; the catalog route
 * does, so the page's cards are read from it in one request. When that fails the hits still show,
 * as square tiles.
 */
async function cardsFor(hits: SearchHit[], signal: AbortSignal): Promise<Map<string, AssetCard>> {
  const ids = hits.map((hit) => hit.id).filter((id) => LISTABLE_ID.test(id));
  if (ids.length === 0) return new Map();
  try {
    const page = await apiGet<CatalogPage>(
      '/api/assets',
      { limit: Math.min(200, ids.length), filter: `id in ${ids.join(',')}` },
      signal,
    );
    return new Map(page.items.map((card) => [card.id, card]));
  } catch (error) {
    if (signal.aborted) throw error;
    return new Map();
  }
}

function hitCard(hit: SearchHit, card: AssetCard | undefined): GridCard {
  const base: AssetCard = card ?? {
    id: hit.id,
    title: hit.title,
    category: hit.category,
    price: hit.price,
    width: null,
    height: null,
    sha256: hit.sha256,
    url: `/api/blobs/${hit.sha256}`,
    thumbnailUrl: hit.thumbnailSha256
      ? `/api/blobs/${hit.thumbnailSha256}`
      : `/api/thumbnails/${hit.sha256}?size=256`,
  };
  return { ...base, score: hit.score, why: hit.why };
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
  const cards = await cardsFor(answer.results, signal);
  const more = answer.results.length === PAGE_SIZE;
  return {
    cards: answer.results.map((hit) => hitCard(hit, cards.get(hit.id))),
    total: more ? null : offset + answer.results.length,
    next: more ? offset + PAGE_SIZE : null,
    filtered: answer.filtered,
  };
}

/** One page of what Explore shows for a query: the catalog (offset paging) or search results. */
export function loadGridPage(query: ExploreQuery, offset: number, signal: AbortSignal): Promise<GridPage> {
  return isSearch(query) ? searchPage(query, offset, signal) : catalogPage(query.filters, offset, signal);
}
