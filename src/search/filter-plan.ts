import type BetterSqlite3 from 'better-sqlite3';
import type { Filter } from './filters.ts';
import { filtersToSql, type SqlFragment } from './filters.ts';

/**
 * How a search honours metadata filters. A selective filter (few passing assets) is materialised and
 * every signal searches exactly within it. A broad filter (price<120 passes half a catalog) is never
 * materialised: signals search as if unfiltered, look deeper in proportion to how much the filter
 * removes, and check their hits against it — materialising 50,000 keys and scanning their vectors
 * exactly would cost more than the whole query budget.
 */
export const MATERIALISE_AT_MOST = 5000;

export interface FilterPlan {
  sql: SqlFragment;
  /** Assets that pass the filters. */
  count: number;
  /** Catalog size, for the filter's selectivity. */
  total: number;
  /** The passing keys when the filter is selective enough to list them. */
  keys: number[] | undefined;
  /** Which of these keys pass the filters. */
  passes(keys: readonly number[]): Set<number>;
}

const CHUNK = 500;

export function planFilters(
  sqlite: BetterSqlite3.Database,
  filters: readonly Filter[],
): FilterPlan | undefined {
  if (filters.length === 0) return undefined;
  const sql = filtersToSql(filters);
  const count =
    sqlite
      .prepare<unknown[], { count: number }>(`SELECT count(*) AS count FROM assets a WHERE ${sql.sql}`)
      .get(...sql.parameters)?.count ?? 0;
  const total =
    sqlite.prepare<[], { count: number }>('SELECT count(*) AS count FROM assets').get()?.count ?? 0;
  const keys =
    count <= MATERIALISE_AT_MOST
      ? sqlite
          .prepare<unknown[], { key: number }>(`SELECT a.key AS key FROM assets a WHERE ${sql.sql}`)
          .all(...sql.parameters)
          .map((row) => row.key)
          .sort((first, second) => first - second)
      : undefined;
  const keySet = keys ? new Set(keys) : undefined;
  return {
    sql,
    count,
    total,
    keys,
    passes(wanted) {
      if (keySet) return new Set(wanted.filter((key) => keySet.has(key)));
      const passing = new Set<number>();
      for (let start = 0; start < wanted.length; start += CHUNK) {
        const chunk = wanted.slice(start, start + CHUNK);
        const rows = sqlite
          .prepare<unknown[], { key: number }>(
            `SELECT a.key AS key FROM assets a WHERE a.key IN (${chunk.map(() => '?').join(', ')}) AND (${sql.sql})`,
          )
          .all(...chunk, ...sql.parameters);
        for (const row of rows) passing.add(row.key);
      }
      return passing;
    },
  };
}

/** Deepest a signal looks through a broad filter before it settles for fewer hits. */
export const DEEPEST_SEARCH = 8192;

/**
 * Runs `search(depth)` deep enough that, after the filter removes what does not pass, `wanted` hits
 * remain: start from the filter's selectivity and double until enough pass, nothing more exists, or
 * DEEPEST_SEARCH is reached (a text whose matches mostly fail the filter then returns fewer hits,
 * which the other signals make up for, rather than scoring the whole catalog).
 */
export function searchThroughFilter<T extends { key: number }>(
  plan: FilterPlan | undefined,
  wanted: number,
  search: (depth: number) => T[],
): T[] {
  if (!plan) return search(wanted);
  const share = Math.max(plan.count, 1) / Math.max(plan.total, 1);
  let depth = Math.ceil((wanted / share) * 1.5);
  for (;;) {
    const hits = search(depth);
    const passing = plan.passes(hits.map((hit) => hit.key));
    const kept = hits.filter((hit) => passing.has(hit.key));
    if (kept.length >= wanted || hits.length < depth || depth >= Math.min(plan.total, DEEPEST_SEARCH)) {
      return kept.slice(0, wanted);
    }
    depth *= 2;
  }
}
