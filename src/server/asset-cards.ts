import type { Store } from '../store/index.ts';
import { blobUrl, thumbnailUrl } from './api-urls.ts';

/** What a grid tile needs of an asset: enough to lay out the masonry before the image arrives. */
export interface AssetCard {
  id: string;
  title: string | null;
  category: string | null;
  price: number | null;
  width: number | null;
  height: number | null;
  sha256: string;
  url: string;
  thumbnailUrl: string;
}

export interface CardRow {
  id: string;
  title: string | null;
  category: string | null;
  price: number | null;
  width: number | null;
  height: number | null;
  sha256: string;
  thumbnail_sha256: string | null;
}

export const CARD_COLUMNS = 'id, title, category, price, width, height, sha256, thumbnail_sha256';

export function toCard(row: CardRow): AssetCard {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    price: row.price,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    url: blobUrl(row.sha256),
    // Ingest stores a thumbnail per asset; serving that blob needs no resize at all.
    thumbnailUrl: row.thumbnail_sha256 ? blobUrl(row.thumbnail_sha256) : thumbnailUrl(row.sha256),
  };
}

/** Cards for the given ids, in the given order; ids no longer in the catalog are left out. */
export function assetCards(store: Store, ids: readonly string[]): AssetCard[] {
  if (ids.length === 0) return [];
  const byId = new Map<string, CardRow>();
  // Chunks stay under SQLite's limit on bound parameters.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = store.sqlite
      .prepare<string[], CardRow>(
        `SELECT ${CARD_COLUMNS} FROM assets WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk);
    for (const row of rows) byId.set(row.id, row);
  }
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}
