/**
 * When to scan exactly and when to ask the HNSW graph.
 *
 * - A candidate list (a metadata filter's result) is always scanned exactly. Walking the graph and
 *   dropping what the filter rejects loses recall in proportion to how much it rejects, and the exact
 *   scan over candidates costs at most one pass over the catalog (measured in perf/search-vectors.ts).
 * - Below EXACT_SEARCH_MAX_SIZE vectors a full exact scan is used: at 512 dimensions 20,000 rows are
 *   40 MB, which usearch's SIMD scan reads in about 2 ms — the latency budget of an HNSW query — and
 *   the answer is exactly right rather than approximately.
 */
export const EXACT_SEARCH_MAX_SIZE = 20_000;

export type SearchStrategy = 'exact' | 'hnsw';

export function chooseSearchStrategy(
  size: number,
  candidateCount?: number,
  exactBelow: number = EXACT_SEARCH_MAX_SIZE,
): SearchStrategy {
  if (candidateCount !== undefined) return 'exact';
  return size < exactBelow ? 'exact' : 'hnsw';
}
