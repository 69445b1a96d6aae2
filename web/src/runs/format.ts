import type { MetricSummary } from './run-types.ts';

/** Metrics read as the report prints them (0.734), so the page and the report agree digit for digit. */
export function formatValue(value: number | null | undefined, digits = 3): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '—';
}

export function hasEstimate(summary: MetricSummary | undefined): summary is MetricSummary {
  return summary !== undefined && summary.n > 0 && Number.isFinite(summary.estimate);
}

/** "[0.702, 0.764]" */
export function formatRange(summary: MetricSummary, digits = 3): string {
  return `[${formatValue(summary.low, digits)}, ${formatValue(summary.high, digits)}]`;
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value !== null && value !== undefined && Number.isFinite(value)
    ? `${(value * 100).toFixed(digits)}%`
    : '—';
}

export function formatCount(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isFinite(value)
    ? value.toLocaleString('en-US')
    : '—';
}

export function formatCost(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value === 0) return '—';
  return value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

export function formatMilliseconds(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** A p-value as a reader should see it: a bootstrap p of 0 means "below 2/resamples", not zero. */
export function formatPValue(p: number, resamples?: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p === 0 && resamples) return `< ${(2 / resamples).toFixed(4)}`;
  // Below double precision's resolution a p-value is only known to be tiny (R prints it the same way).
  if (p < 2.2e-16) return '< 2.2e-16';
  if (p < 0.001) return p.toExponential(1);
  return p.toFixed(3);
}

export function formatSigned(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * Natural order for breakdown values: by their first number ("2" before "10"), and among buckets
 * that share it, "<5%" before "5-10%" before ">5%"; text without numbers alphabetically.
 */
export function compareValues(left: string, right: string): number {
  const a = bucketOf(left);
  const b = bucketOf(right);
  if (a && b && (a.number !== b.number || a.rank !== b.rank)) return a.number - b.number || a.rank - b.rank;
  return left.localeCompare(right, 'en', { numeric: true });
}

function bucketOf(value: string): { number: number; rank: number } | undefined {
  const match = /^\s*([<>≤≥]?)\s*(-?\d+(?:\.\d+)?)/.exec(value);
  if (!match) return undefined;
  const sign = match[1] ?? '';
  return { number: Number(match[2]), rank: sign === '<' || sign === '≤' ? 0 : sign === '' ? 1 : 2 };
}
