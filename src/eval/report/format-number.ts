import type { MetricSummary } from '../stats/index.ts';

export function formatValue(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

/** "0.734 [0.702, 0.764]": the estimate and its 95% interval. */
export function formatInterval(summary: MetricSummary): string {
  if (summary.n === 0 || !Number.isFinite(summary.estimate)) return '—';
  return `${formatValue(summary.estimate)} [${formatValue(summary.low)}, ${formatValue(summary.high)}]`;
}

/** A p-value as a reader should see it: a bootstrap p of 0 means "below 1/resamples", not zero. */
export function formatPValue(p: number, resamples?: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p === 0 && resamples) return `< ${(2 / resamples).toFixed(4)}`;
  if (p < 0.001) return p.toExponential(1);
  return p.toFixed(3);
}
