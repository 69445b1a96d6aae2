import type { Store } from '../store/index.ts';
import type { EvalSample } from './sample.ts';

/** What a suite needs to build its samples. */
export interface SuiteContext {
  /** Built-in suites store their rendered images here as blobs; tool-use reads the indexed catalog. */
  store: Store;
  seed: number;
  /** How many samples to build (the suite's default when absent). */
  limit?: number;
  /** Suite-specific knobs (difficulty: detail fraction, distractors, resolution, …), from --option k=v. */
  options: Record<string, string | number | boolean>;
}

/**
 * The headline metrics a suite reports. Proportions get Wilson intervals; the rest a seeded
 * (clustered) bootstrap. Each reads the stored per-sample scores:
 * - accuracy: share of samples whose outcome is 'correct' (unparseable counts as wrong);
 * - pair-accuracy: share of pairs (samples sharing `pair`) with both right;
 * - auc: ROC AUC of `prediction` against answer 'yes';
 * - any other name: the mean of that per-sample metric (`metrics[name]`, e.g. ndcg@10, hit@5,
 *   tool-f1, argument-f1, outcome).
 */
export type HeadlineMetric = 'accuracy' | 'pair-accuracy' | 'auc' | (string & {});

export interface SuiteDefinition {
  name: string;
  description: string;
  headline: HeadlineMetric[];
  /** The chance level of each headline metric (e.g. 0.25 for 4 options; 0.5 for AUC). */
  chance: Record<string, number>;
  /** Default number of samples when no --limit is given. */
  defaultLimit: number;
  /** How many samples `samples(context)` will yield, without building them. */
  count(context: SuiteContext): number;
  /**
   * Yields the samples in order. Sample i depends only on (seed, i, options), so a resumed run
   * rebuilds exactly the same samples and ids, and the whole suite never has to be in memory.
   */
  samples(context: SuiteContext): AsyncIterable<EvalSample>;
}
