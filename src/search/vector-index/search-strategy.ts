/**
 * When to scan exactly and when to ask the HNSW graph.
 *
 * - A candidate list (a metadata filter's result) is always scanned exactly. Walking the graph and
 *   dropping what the filter rejects loses recall in proportion to how much it rejects, while the
 *   exact scan over candidates costs at most one pass over the catalog. Measured at 200k x 512
 *   (perf/search-vectors.ts, shared 2-core machine): a filter keeping 1% answers in 1.3 ms, 10% in
 *   17 ms, 50% in 37 ms — about one full scan.
 * - Below EXACT_SEARCH_MAX_SIZE vectors a full exact scan is used: at 512 dimensions 20,000 rows are
 *   40 MB, which usearch's SIMD scan reads in 2–4 ms (3.5 ms p50 measured), close to the 2 ms budget
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
