export { createEmbedKnnModel, EMBED_KNN_ONLY_RANKS, type EmbedKnnOptions } from './baselines/index.ts';
export {
  type DatasetRowError,
  type DatasetSource,
  type DatasetSuite,
  formatRowError,
  loadDatasetSuite,
  loadJsonlDataset,
  loadVlmevalkitTsv,
} from './datasets/index.ts';
export {
  DEFAULT_RUBRIC,
  judgeRunRubric,
  judgeRunsPairwise,
  type PairwiseRunSummary,
  type RubricRunSummary,
} from './judge/index.ts';
export {
  buildReport,
  compareRuns,
  type DeclaredHeadline,
  type Report,
  type RunComparison,
  type RunSummary,
  renderHtml,
  renderMarkdown,
  summarizeRun,
} from './report/index.ts';
export {
  accuracyOf,
  type CreateRunModelOptions,
  checkRunId,
  costOf,
  createRunModel,
  createRunStore,
  type EvalProgress,
  type EvalRunRecord,
  type EvalStart,
  type EvalSummary,
  estimateRequestTokens,
  estimateSampleTokens,
  type NewRun,
  newRunId,
  parseShard,
  type RescoreSummary,
  type ResolvedSuite,
  type ResultRow,
  RUN_STATUSES,
  type RunCounts,
  type RunEvalOptions,
  type RunListing,
  type RunPrices,
  type RunSettings,
  type RunStatus,
  type RunStore,
  rescoreRun,
  resolveSuite,
  runEval,
  type ScoringFailure,
  type Shard,
  type StoredResult,
  type SuiteConfig,
} from './runner/index.ts';
export {
  type EvalSample,
  type EvalSampleInput,
  evalSampleSchema,
  type SampleImage,
  type SampleOutput,
  type SampleScore,
  SCORER_NAMES,
  type ScorerName,
  sampleImageSchema,
} from './sample.ts';
export { circularVariants } from './scorers/circular-variants.ts';
export { type ChoiceExtraction, extractChoice } from './scorers/extract-choice.ts';
export { extractRanking, type RankingExtraction } from './scorers/extract-ranking.ts';
export { extractYesNo, type YesNoExtraction } from './scorers/extract-yes-no.ts';
export {
  judgePairwise,
  judgeRubric,
  type PairwiseInput,
  type PairwiseJudgement,
  type RubricInput,
  type RubricJudgement,
} from './scorers/judge.ts';
export { letters } from './scorers/letters.ts';
export { exactMatch, normalizeAnswer } from './scorers/normalize-answer.ts';
export { type RankingMetrics, rankingMetrics } from './scorers/ranking-metrics.ts';
export { type RankingExpected, rankingExpectedSchema, scoreRanking } from './scorers/ranking-scorer.ts';
export { requireChoices, sampleRequest } from './scorers/sample-request.ts';
export { scoreSample } from './scorers/score-sample.ts';
export { scoreToolUse, type ToolUseExpected, toolUseExpectedSchema } from './scorers/tool-use-scorer.ts';
export {
  aucInterval,
  type BootstrapResult,
  bootstrapInterval,
  bootstrapStatistic,
  hitAt,
  type MetricSummary,
  mcnemarTest,
  ndcgAt,
  pairedBootstrap,
  recallAt,
  reciprocalRank,
  rocAuc,
  setF1,
  summarizeMean,
  summarizeProportion,
  wilsonInterval,
} from './stats/index.ts';
export type { HeadlineMetric, SuiteContext, SuiteDefinition } from './suite.ts';
export {
  boardRecsSuite,
  declaredHeadline,
  detailSuite,
  getSuite,
  perceptionSuite,
  SUITES,
  styleCompatSuite,
  styleFitbSuite,
  toolUseSuite,
} from './suites/index.ts';
