export { type CreateRunModelOptions, createRunModel } from './create-run-model.ts';
export { costOf, estimateRequestTokens, estimateSampleTokens } from './estimate-cost.ts';
export { type RescoreSummary, rescoreRun, type ScoringFailure } from './rescore-run.ts';
export { type ResolvedSuite, resolveSuite } from './resolve-suite.ts';
export {
  type EvalProgress,
  type EvalStart,
  type EvalSummary,
  type RunEvalOptions,
  runEval,
} from './run-eval.ts';
export { checkRunId, newRunId } from './run-id.ts';
export {
  type EvalRunRecord,
  RUN_STATUSES,
  type RunCounts,
  type RunListing,
  type RunPrices,
  type RunSettings,
  type RunStatus,
  type SuiteConfig,
} from './run-record.ts';
export {
  accuracyOf,
  createRunStore,
  type NewRun,
  type ResultRow,
  type RunStore,
  type StoredResult,
} from './run-store.ts';
export { parseShard, type Shard } from './shard.ts';
