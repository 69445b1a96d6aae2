import { checkFiniteValues } from './bootstrap.ts';
import { checkResamplingOptions } from './bootstrap-options.ts';
import { numberClusters } from './cluster-numbers.ts';
import { ratioBootstrapOfClusters, type TotalsIntervalOptions } from './ratio-bootstrap.ts';
import type { MetricSummary } from './summarize-metric.ts';
import { wilsonInterval } from './wilson-interval.ts';

/**
 * summarizeProportion, bootstrapped from cluster totals (ratioBootstrap): the same rules (Wilson
 * for independent samples, Wilson over clusters when every sample has the same outcome, the
 * cluster bootstrap otherwise) and, with method 'draw', the same interval for the same seed.
 * Clusters may be labelled by number. With method 'auto' a proportion over many clusters of few
 * sizes is resampled multinomially: the same bootstrap distribution from other random draws.
 */
export function summarizeProportionByTotals(
  successes: ArrayLike<boolean>,
  options: TotalsIntervalOptions,
): MetricSummary {
  const n = successes.length;
  const resamples = checkResamplingOptions(n, {
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
  });
  const values = new Float64Array(n);
  let count = 0;
  for (let index = 0; index < n; index++) {
    if (successes[index]) {
      values[index] = 1;
      count++;
    }
  }
  const clusters = numberClusters(n, options.clusters);
  const confidence = options.confidence ?? 0.95;
  if (clusters.count === n) {
    return { ...wilsonInterval(count, n, confidence), n, clusters: clusters.count, method: 'wilson' };
  }
  if (count === 0 || count === n) {
    const interval = wilsonInterval(count === 0 ? 0 : clusters.count, clusters.count, confidence);
    return { ...interval, estimate: count / n, n, clusters: clusters.count, method: 'wilson' };
  }
  const { estimate, low, high } = ratioBootstrapOfClusters(values, clusters, resamples, options);
  return { estimate, low, high, n, clusters: clusters.count, method: 'cluster-bootstrap' };
}

/**
 * summarizeMean, bootstrapped from cluster totals (ratioBootstrap): with method 'draw' the same
 * interval for the same seed, up to the rounding of the sums.
 */
export function summarizeMeanByTotals(
  values: ArrayLike<number>,
  options: TotalsIntervalOptions,
): MetricSummary {
  const n = values.length;
  const resamples = checkResamplingOptions(n, {
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
  });
  checkFiniteValues(values, 'summarizeMeanByTotals');
  const clusters = numberClusters(n, options.clusters);
  const { estimate, low, high } = ratioBootstrapOfClusters(values, clusters, resamples, options);
  return {
    estimate,
    low,
    high,
    n,
    clusters: clusters.count,
    method: clusters.count === n ? 'bootstrap' : 'cluster-bootstrap',
  };
}
