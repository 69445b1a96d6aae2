import { AtelierError } from '../../core/index.ts';
import {
  bootstrapDistribution,
  checkFiniteValues,
  type IndexStatistic,
  percentileInterval,
  type SampleStatistic,
  sampleStatisticOfIndices,
} from './bootstrap.ts';
import type { IntervalOptions } from './bootstrap-options.ts';

export interface PairedBootstrapOptions extends IntervalOptions {
  /** The statistic of each run's sample (default: the mean); the difference is B's minus A's. */
  statistic?: SampleStatistic | undefined;
}

export interface PairedBootstrapResult {
  /** statistic(b) − statistic(a) on the data as observed: positive when run B scores higher. */
  difference: number;
  /** Percentile interval of the resampled differences. */
  low: number;
  high: number;
  /**
   * Two-sided: twice the share of resampled differences on the other side of 0 from the observed
   * one (a difference of exactly 0 counts against), capped at 1; 1 when the observed difference is
   * 0. A pValue of 0 means below 2/resamples, not zero: report it that way.
   */
  pValue: number;
  resamples: number;
  skipped: number;
}

/**
 * The paired bootstrap of two runs on the same samples (Koehn 2004; Efron & Tibshirani 1993,
 * §16): each resample draws the same samples (or clusters) for both runs, so the difference keeps
 * the pairing and the samples both runs find hard do not inflate the interval.
 */
export function pairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedBootstrapOptions,
): PairedBootstrapResult {
  if (a.length !== b.length) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `pairedBootstrap needs two runs of the same length, got ${a.length} and ${b.length}`,
      {
        hint: 'Pair the per-sample scores by sample id and keep only the samples both runs scored.',
      },
    );
  }
  checkFiniteValues(a, 'pairedBootstrap (run A)');
  checkFiniteValues(b, 'pairedBootstrap (run B)');
  const difference =
    options.statistic === undefined ? meanDifference(a, b) : statisticDifference(a, b, options.statistic);
  const { estimate, distribution, resamples, skipped } = bootstrapDistribution(a.length, difference, options);
  const { low, high } = percentileInterval(distribution, options.confidence ?? 0.95);
  return {
    difference: estimate,
    low,
    high,
    pValue: twoSidedBootstrapP(estimate, distribution),
    resamples,
    skipped,
  };
}

function meanDifference(a: ArrayLike<number>, b: ArrayLike<number>): IndexStatistic {
  return (indices) => {
    if (indices.length === 0) return Number.NaN;
    let sumA = 0;
    let sumB = 0;
    for (let position = 0; position < indices.length; position++) {
      const index = indices[position] as number;
      sumA += a[index] as number;
      sumB += b[index] as number;
    }
    return (sumB - sumA) / indices.length;
  };
}

function statisticDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  statistic: SampleStatistic,
): IndexStatistic {
  const ofA = sampleStatisticOfIndices(a, statistic);
  const ofB = sampleStatisticOfIndices(b, statistic);
  return (indices) => ofB(indices) - ofA(indices);
}

function twoSidedBootstrapP(observed: number, sortedDistribution: Float64Array): number {
  const count = sortedDistribution.length;
  if (Number.isNaN(observed) || count === 0) return Number.NaN;
  if (observed === 0) return 1;
  let otherSide = 0;
  for (let index = 0; index < count; index++) {
    const value = sortedDistribution[index] as number;
    if (observed > 0 ? value <= 0 : value >= 0) otherSide++;
  }
  return Math.min(1, (2 * otherSide) / count);
}
