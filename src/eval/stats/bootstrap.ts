import { AtelierError } from '../../core/index.ts';
import { bootstrapIndices } from './bootstrap-indices.ts';
import { checkResamplingOptions, type IntervalOptions, type ResamplingOptions } from './bootstrap-options.ts';
import { sortedQuantile } from './percentile.ts';

export interface BootstrapResult {
  /** The statistic on the data as observed (not the mean of the resamples). */
  estimate: number;
  /** Percentile interval of the resampled statistic. */
  low: number;
  high: number;
  /** How many resamples were drawn. */
  resamples: number;
  /**
   * Resamples whose statistic was undefined (NaN), left out of the interval: an AUC resample
   * that drew only one class, for example. Worth reporting when it is more than a few.
   */
  skipped: number;
}

export interface BootstrapDistribution {
  estimate: number;
  /** The defined resampled statistics, sorted ascending. */
  distribution: Float64Array;
  resamples: number;
  skipped: number;
}

/** A statistic of a sample of values; the array is scratch space, so it may be sorted in place. */
export type SampleStatistic = (sample: Float64Array) => number;

/** A statistic of the items listed by index (duplicates included), e.g. an AUC over labels and scores. */
export type IndexStatistic = (indices: Uint32Array) => number;

/**
 * The bootstrap distribution of a statistic of n items: the statistic on the data, then on each
 * resample of indices (plain or clustered, see bootstrapIndices).
 */
export function bootstrapDistribution(
  n: number,
  statistic: IndexStatistic,
  options: ResamplingOptions,
): BootstrapDistribution {
  const resamples = checkResamplingOptions(n, options);
  const estimate = statistic(identityIndices(n));
  if (Number.isNaN(estimate)) {
    return { estimate, distribution: new Float64Array(0), resamples, skipped: resamples };
  }
  const values = new Float64Array(resamples);
  let kept = 0;
  for (const indices of bootstrapIndices(n, { ...options, resamples })) {
    const value = statistic(indices);
    if (!Number.isNaN(value)) values[kept++] = value;
  }
  const distribution = values.subarray(0, kept).sort();
  return { estimate, distribution, resamples, skipped: resamples - kept };
}

/**
 * A percentile bootstrap interval (Efron & Tibshirani 1993, §13.3) for any statistic of n items
 * given by index. Use this when the statistic reads several aligned arrays.
 */
export function bootstrapStatistic(
  n: number,
  statistic: IndexStatistic,
  options: IntervalOptions,
): BootstrapResult {
  const { estimate, distribution, resamples, skipped } = bootstrapDistribution(n, statistic, options);
  return { estimate, ...percentileInterval(distribution, options.confidence ?? 0.95), resamples, skipped };
}

export interface BootstrapIntervalOptions extends IntervalOptions {
  /** The statistic of a sample (default: the mean). */
  statistic?: SampleStatistic | undefined;
}

/**
 * A percentile bootstrap interval for a statistic of one array of values (default: the mean), with
 * the cluster bootstrap when `clusters` is given. Values must be finite: drop the samples whose
 * metric is undefined first, so that the interval says how many it is about.
 */
export function bootstrapInterval(
  values: ArrayLike<number>,
  options: BootstrapIntervalOptions,
): BootstrapResult {
  checkFiniteValues(values, 'bootstrapInterval');
  const statistic =
    options.statistic === undefined
      ? meanOfIndices(values)
      : sampleStatisticOfIndices(values, options.statistic);
  return bootstrapStatistic(values.length, statistic, options);
}

export function percentileInterval(
  sortedDistribution: Float64Array,
  confidence: number,
): { low: number; high: number } {
  const tail = (1 - confidence) / 2;
  return {
    low: sortedQuantile(sortedDistribution, tail),
    high: sortedQuantile(sortedDistribution, 1 - tail),
  };
}

export function meanOfIndices(values: ArrayLike<number>): IndexStatistic {
  return (indices) => {
    if (indices.length === 0) return Number.NaN;
    let sum = 0;
    for (let index = 0; index < indices.length; index++) sum += values[indices[index] as number] as number;
    return sum / indices.length;
  };
}

/** Adapts a statistic of values to one of indices, gathering the values into one reused buffer. */
export function sampleStatisticOfIndices(
  values: ArrayLike<number>,
  statistic: SampleStatistic,
): IndexStatistic {
  let scratch = new Float64Array(values.length);
  return (indices) => {
    if (indices.length > scratch.length) scratch = new Float64Array(indices.length);
    for (let index = 0; index < indices.length; index++)
      scratch[index] = values[indices[index] as number] as number;
    return statistic(scratch.subarray(0, indices.length));
  };
}

export function identityIndices(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let index = 0; index < n; index++) indices[index] = index;
  return indices;
}

export function checkFiniteValues(values: ArrayLike<number>, caller: string): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `${caller} got a value that is not a finite number at index ${index}: ${value}`,
        {
          hint: 'Leave out the samples whose metric is undefined (NaN) before summarising, and report how many.',
        },
      );
    }
  }
}
