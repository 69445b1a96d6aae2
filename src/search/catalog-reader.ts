import type BetterSqlite3 from 'better-sqlite3';
import type { SqlFragment } from './filters.ts';

/** The columns a search result shows; metadata is parsed once here, at the edge. */
export interface AssetSummary {
  key: number;
  id: string;
  sha256: string;
  thumbnailSha256: string | null;
  title: string | null;
  caption: string | null;
  category: string | null;
  price: number | null;
  metadata: Record<string, unknown>;
}

interface AssetRow {
  key: number;
  id: string;
  sha256: string;
  thumbnail_sha256: string | null;
  title: string | null;
  caption: string | null;
  category: string | null;
  price: number | null;
  metadata: string;
}

const CHUNK = 500;

function toSummary(row: AssetRow): AssetSummary {
  let metadata: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.metadata);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      metadata = parsed as Record<string, unknown>;
  } catch {
    // A row written by the ingest always holds valid JSON; anything else is shown without metadata.
  }
  return {
    key: row.key,
    id: row.id,
    sha256: row.sha256,
    thumbnailSha256: row.thumbnail_sha256,
    title: row.title,
    caption: row.caption,
    category: row.category,
    price: row.price,
    metadata,
  };
}

const COLUMNS = 'key, id, sha256, thumbnail_sha256, title, caption, category, price, metadata';

export function assetsByKeys(
  sqlite: BetterSqlite3.Database,
  keys: readonly number[],
): Map<number, AssetSummary> {
  const found = new Map<number, AssetSummary>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const chunk = keys.slice(start, start + CHUNK);
    const rows = sqlite
      .prepare<unknown[], AssetRow>(
        `SELECT ${COLUMNS} FROM assets WHERE key IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk);
    for (const row of rows) found.set(row.key, toSummary(row));
  }
  return found;
}

export function assetById(sqlite: BetterSqlite3.Database, id: string): AssetSummary | undefined {
  const row = sqlite.prepare<unknown[], AssetRow>(`SELECT ${COLUMNS} FROM assets WHERE id = ?`).get(id);
  return row ? toSummary(row) : undefined;
}

export function keysByIds(sqlite: BetterSqlite3.Database, ids: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const rows = sqlite
      .prepare<unknown[], { key: number; id: string }>(
        `SELECT key, id FROM assets WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk);
    for (const row of rows) found.set(row.id, row.key);
  }
  return found;
}

/** The first `limit` keys of the assets that pass the filters, in catalog order. */
export function browse(sqlite: BetterSqlite3.Database, filter: SqlFragment, limit: number): number[] {
  return sqlite
    .prepare<unknown[], { key: number }>(
      `SELECT a.key AS key FROM assets a WHERE ${filter.sql} ORDER BY a.key LIMIT ?`,
    )
    .all(...filter.parameters, limit)
    .map((row) => row.key);
}

export function assetCount(sqlite: BetterSqlite3.Database): number {
  return sqlite.prepare<[], { count: number }>('SELECT count(*) AS count FROM assets').get()?.count ?? 0;
}
