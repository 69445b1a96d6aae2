import { AtelierError } from '../../core/index.ts';
import { checkConfidence } from './confidence-level.ts';

/** What every resampling function accepts. */
export interface ResamplingOptions {
  /**
   * One label per item (same length as the data). Items that share a label (the same image or
   * outfit) are resampled together, whole clusters with replacement: the cluster bootstrap, which
   * keeps intervals honest when items are not independent.
   */
  clusters?: readonly string[] | undefined;
  /** How many resamples; at least 1,000 (default 2,000). */
  resamples?: number | undefined;
  /** Same seed, same resamples, same interval. */
  seed: number;
}

export interface IntervalOptions extends ResamplingOptions {
  /** Two-sided level of the percentile interval (default 0.95). */
  confidence?: number | undefined;
}

export const DEFAULT_RESAMPLES = 2000;
export const MINIMUM_RESAMPLES = 1000;

/** Checks the options shared by every bootstrap and returns the resample count to use. */
export function checkResamplingOptions(n: number, options: IntervalOptions): number {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!(Number.isInteger(resamples) && resamples >= MINIMUM_RESAMPLES)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `A bootstrap needs at least ${MINIMUM_RESAMPLES} resamples, got ${resamples}`,
      {
        hint: `Pass resamples of ${MINIMUM_RESAMPLES} or more (the default is ${DEFAULT_RESAMPLES}); fewer make the interval ends noisy.`,
      },
    );
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `A bootstrap seed must be a safe integer, got ${options.seed}`,
      {
        hint: 'Pass the run seed, so that the same data give the same interval.',
      },
    );
  }
  if (options.clusters !== undefined && options.clusters.length !== n) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `Cluster labels and data differ in length (${options.clusters.length} labels for ${n} items)`,
      { hint: 'Give exactly one cluster label per item, in the same order.' },
    );
  }
  checkConfidence(options.confidence ?? 0.95);
  return resamples;
}
