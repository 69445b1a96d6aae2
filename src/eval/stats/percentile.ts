/**
 * The q-quantile of values already sorted ascending, interpolating linearly between order
 * statistics (Hyndman & Fan 1996 definition 7, the default of R's quantile() and NumPy's
 * percentile), so that intervals read the same as those a team computes in a notebook.
 * NaN for an empty array.
 */
export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const position = (count - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(count - 1, below + 1);
  const lower = sorted[below] as number;
  const upper = sorted[above] as number;
  return lower + (upper - lower) * (position - below);
}
