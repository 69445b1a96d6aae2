import type BetterSqlite3 from 'better-sqlite3';
import type { SqlFragment } from './filters.ts';
import { toFtsQuery } from './full-text-query.ts';

/**
 * BM25 over titles, captions, descriptions, tags, category and colour words (SQLite FTS5). Column
 * weights favour the short, structured fields: a query word found in the category or the colour
 * says more than the same word somewhere in a two-sentence caption.
 */
const COLUMN_WEIGHTS = { title: 3, caption: 1, description: 1, tags: 2, category: 4, colors: 3 } as const;

export interface FullTextHit {
  key: number;
  /** FTS5's bm25(): lower is better; negated here so that higher is better like every other signal. */
  score: number;
}

export function fullTextSearch(
  sqlite: BetterSqlite3.Database,
  text: string,
  filter: SqlFragment,
  limit: number,
): FullTextHit[] {
  const match = toFtsQuery(text);
  if (match === null) return [];
  const weights = Object.values(COLUMN_WEIGHTS).join(', ');
  const rows = sqlite
    .prepare<unknown[], { key: number; rank: number }>(
      `SELECT f.rowid AS key, bm25(assets_fts, ${weights}) AS rank
       FROM assets_fts f JOIN assets a ON a.key = f.rowid
       WHERE assets_fts MATCH ? AND (${filter.sql})
       ORDER BY rank, f.rowid
       LIMIT ?`,
    )
    .all(match, ...filter.parameters, limit);
  return rows.map((row) => ({ key: row.key, score: -row.rank }));
}
