/**
 * When to scan exactly and when to ask the HNSW graph.
 *
 * - A candidate list (a metadata filter's result) is always scanned exactly. Walking the graph and
 *   dropping what the filter rejects loses recall in proportion to how much it rejects, while the
 *   exact scan over candidates costs at most about one pass over the catalog. Measured at 200k x 512
 *   (perf/search-vectors.ts, idle 2-core machine): a filter keeping 1% answers in 0.7 ms, 10% in
 *   10 ms, 50% in 24 ms, against 16 ms for an unfiltered exact scan and 0.6 ms through the graph.
 * - Below EXACT_SEARCH_MAX_SIZE vectors a full exact scan is used: at 512 dimensions 20,000 rows are
 *   40 MB, which usearch's SIMD scan reads in about 1.6 ms idle (3.5 ms on a busy machine), within the 2 ms budget
 *   of an HNSW query, and the answer is exactly right rather than approximately.
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
