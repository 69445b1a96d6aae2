export { aucBootstrap } from './auc-bootstrap.ts';
export { sampleBinomial } from './binomial-sample.ts';
export {
  type BootstrapDistribution,
  type BootstrapIntervalOptions,
  type BootstrapResult,
  bootstrapDistribution,
  bootstrapInterval,
  bootstrapStatistic,
  type IndexStatistic,
  type SampleStatistic,
} from './bootstrap.ts';
export { type BootstrapIndicesOptions, bootstrapIndices } from './bootstrap-indices.ts';
export {
  DEFAULT_RESAMPLES,
  type IntervalOptions,
  MINIMUM_RESAMPLES,
  type ResamplingOptions,
} from './bootstrap-options.ts';
export type { ClusterLabels } from './cluster-numbers.ts';
export { twoSidedZ, Z_95 } from './confidence-level.ts';
export {
  type DiscordantCounts,
  MCNEMAR_EXACT_BELOW,
  type McNemarResult,
  mcnemarTest,
  type PairedOutcome,
} from './mcnemar.ts';
export { chiSquareOneDegreeSurvival, erfc, normalCdf, normalQuantile } from './normal-distribution.ts';
export {
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
  pairedBootstrap,
} from './paired-bootstrap.ts';
export { sortedQuantile } from './percentile.ts';
export {
  type DcgOptions,
  dcgAt,
  type Gain,
  hitAt,
  ndcgAt,
  type Relevance,
  type RelevantSet,
  recallAt,
  reciprocalRank,
} from './ranking-metrics.ts';
export { ratioBootstrap, type TotalsIntervalOptions } from './ratio-bootstrap.ts';
export type { ResampleMethod, ResampleMethodChoice } from './resample-counts.ts';
export { aucInterval, rocAuc } from './roc-auc.ts';
export { type SeededRandom, seededRandom, xoshiro128StarStar } from './seeded-random.ts';
export { type SetF1, setF1 } from './set-f1.ts';
export { summarizeMeanByTotals, summarizeProportionByTotals } from './summarize-by-totals.ts';
export {
  type MetricSummary,
  type SummaryMethod,
  type SummaryOptions,
  summarizeMean,
  summarizeProportion,
} from './summarize-metric.ts';
export { type ProportionInterval, wilsonInterval } from './wilson-interval.ts';
