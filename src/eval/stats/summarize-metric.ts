import { bootstrapInterval } from './bootstrap.ts';
import { checkResamplingOptions, type IntervalOptions } from './bootstrap-options.ts';
import { countClusters } from './cluster-groups.ts';
import { wilsonInterval } from './wilson-interval.ts';

/** How an interval was computed; reports print it next to the number. */
export type SummaryMethod = 'wilson' | 'bootstrap' | 'cluster-bootstrap';

export interface MetricSummary {
  estimate: number;
  low: number;
  high: number;
  /** Samples summarised. */
  n: number;
  /** Independent units: distinct clusters, or n when there are none. */
  clusters: number;
  method: SummaryMethod;
}

export type SummaryOptions = IntervalOptions;

/**
 * A proportion (accuracy, pair accuracy, share unparseable) with its interval. Independent samples
 * (no clusters, or every cluster its own) get the Wilson interval, right at any n; samples that
 * share an image or outfit get the cluster bootstrap, since Wilson would treat them as independent
 * and come out too narrow.
 *
 * When every clustered sample has the same outcome no resample can differ, and a bootstrap would
 * claim [0, 0] or [1, 1]; then the interval is Wilson's over the clusters, each counted as a
 * single trial (method 'wilson', `clusters` tells how many).
 */
export function summarizeProportion(successes: readonly boolean[], options: SummaryOptions): MetricSummary {
  checkResamplingOptions(successes.length, options);
  const n = successes.length;
  const count = successes.reduce((sum, success) => sum + (success ? 1 : 0), 0);
  const clusters = options.clusters === undefined ? n : countClusters(options.clusters);
  const confidence = options.confidence ?? 0.95;
  if (clusters === n) return { ...wilsonInterval(count, n, confidence), n, clusters, method: 'wilson' };
  if (count === 0 || count === n) {
    const interval = wilsonInterval(count === 0 ? 0 : clusters, clusters, confidence);
    return { ...interval, estimate: count / n, n, clusters, method: 'wilson' };
  }
  const values = successes.map((success) => (success ? 1 : 0));
  const { estimate, low, high } = bootstrapInterval(values, options);
  return { estimate, low, high, n, clusters, method: 'cluster-bootstrap' };
}

/**
 * The mean of a per-sample metric (NDCG@10, tool F1, …) with a seeded percentile bootstrap,
 * clustered when samples share a cluster. Values must be finite: leave out samples whose metric is
 * undefined (NaN) first. No values: NaN everywhere.
 */
export function summarizeMean(values: ArrayLike<number>, options: SummaryOptions): MetricSummary {
  checkResamplingOptions(values.length, options);
  const n = values.length;
  const clusters = options.clusters === undefined ? n : countClusters(options.clusters);
  const { estimate, low, high } = bootstrapInterval(values, options);
  return { estimate, low, high, n, clusters, method: clusters === n ? 'bootstrap' : 'cluster-bootstrap' };
}
