import { type BootstrapResult, checkFiniteValues, percentileInterval } from './bootstrap.ts';
import { checkResamplingOptions } from './bootstrap-options.ts';
import { type ClusterLabels, type ClusterNumbers, numberClusters } from './cluster-numbers.ts';
import { createCountResampler, multinomialKindLimit, type ResampleMethodChoice } from './resample-counts.ts';
import { seededRandom } from './seeded-random.ts';

/** What the resampling functions that work on cluster totals accept. */
export interface TotalsIntervalOptions {
  /** One label per item; items sharing one are resampled together (the cluster bootstrap). */
  clusters?: ClusterLabels | undefined;
  /** How many resamples; at least 1,000 (default 2,000). */
  resamples?: number | undefined;
  seed: number;
  /** Two-sided level of the percentile interval (default 0.95). */
  confidence?: number | undefined;
  /** How each resample is drawn (default 'auto'; see ResampleMethod). */
  method?: ResampleMethodChoice | undefined;
}

/**
 * The percentile bootstrap of a mean, plain or clustered, from cluster totals: the mean of a
 * resample is the sum of the drawn clusters' sums over the sum of their sizes (a ratio estimator),
 * so the totals are added once and no resample walks the items. When it draws clusters one by one
 * (method 'draw', or 'auto' with many kinds of totals) the resamples are those of
 * bootstrapInterval with the same seed: the same interval, for 0/1 values bit for bit. When few
 * kinds of totals cover many clusters (a proportion), 'auto' counts the kinds multinomially.
 */
export function ratioBootstrap(values: ArrayLike<number>, options: TotalsIntervalOptions): BootstrapResult {
  const resamples = checkResamplingOptions(values.length, {
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
  });
  checkFiniteValues(values, 'ratioBootstrap');
  return ratioBootstrapOfClusters(
    values,
    numberClusters(values.length, options.clusters),
    resamples,
    options,
  );
}

/** ratioBootstrap once the options are checked and the clusters numbered. */
export function ratioBootstrapOfClusters(
  values: ArrayLike<number>,
  clusters: ClusterNumbers,
  resamples: number,
  options: TotalsIntervalOptions,
): BootstrapResult {
  const n = values.length;
  let total = 0;
  for (let index = 0; index < n; index++) total += values[index] as number;
  if (n === 0)
    return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, resamples, skipped: resamples };
  const sums = new Float64Array(clusters.count);
  const sizes = new Float64Array(clusters.count);
  for (let index = 0; index < n; index++) {
    const cluster = clusters.clusterOf[index] as number;
    sums[cluster] = (sums[cluster] as number) + (values[index] as number);
    sizes[cluster] = (sizes[cluster] as number) + 1;
  }
  const distribution = new Float64Array(resamples);
  const kinds = kindsOfTotals(sums, sizes, multinomialKindLimit(clusters.count, options.method));
  if (kinds === undefined) {
    // Many kinds (a continuous metric): add up the drawn clusters themselves.
    const random = seededRandom(options.seed);
    const drawn = new Uint32Array(clusters.count);
    for (let resample = 0; resample < resamples; resample++) {
      random.fillInts(drawn, clusters.count);
      let sum = 0;
      let size = 0;
      for (let draw = 0; draw < drawn.length; draw++) {
        const cluster = drawn[draw] as number;
        sum += sums[cluster] as number;
        size += sizes[cluster] as number;
      }
      distribution[resample] = sum / size;
    }
  } else {
    const resampler = createCountResampler(kinds.kindOfCluster, kinds.sums.length, options.seed);
    const counts = resampler.counts;
    for (let resample = 0; resample < resamples; resample++) {
      resampler.next();
      let sum = 0;
      let size = 0;
      for (let kind = 0; kind < kinds.sums.length; kind++) {
        const count = counts[kind] as number;
        if (count === 0) continue;
        sum += count * (kinds.sums[kind] as number);
        size += count * (kinds.sizes[kind] as number);
      }
      distribution[resample] = sum / size;
    }
  }
  distribution.sort();
  return {
    estimate: total / n,
    ...percentileInterval(distribution, options.confidence ?? 0.95),
    resamples,
    skipped: 0,
  };
}

/**
 * Clusters with equal totals are interchangeable in every resample: one kind each. Undefined when
 * there are more than `limit` kinds (then the clusters are drawn one by one and kinds are no use).
 */
function kindsOfTotals(
  sums: Float64Array,
  sizes: Float64Array,
  limit: number,
): { kindOfCluster: Uint32Array; sums: number[]; sizes: number[] } | undefined {
  const kindOfCluster = new Uint32Array(sums.length);
  const kindSums: number[] = [];
  const kindSizes: number[] = [];
  const kindsBySum = new Map<number, Map<number, number>>();
  for (let cluster = 0; cluster < sums.length; cluster++) {
    const sum = sums[cluster] as number;
    const size = sizes[cluster] as number;
    let bySize = kindsBySum.get(sum);
    if (bySize === undefined) {
      bySize = new Map();
      kindsBySum.set(sum, bySize);
    }
    let kind = bySize.get(size);
    if (kind === undefined) {
      if (kindSums.length >= limit) return undefined;
      kind = kindSums.length;
      kindSums.push(sum);
      kindSizes.push(size);
      bySize.set(size, kind);
    }
    kindOfCluster[cluster] = kind;
  }
  return { kindOfCluster, sums: kindSums, sizes: kindSizes };
}
