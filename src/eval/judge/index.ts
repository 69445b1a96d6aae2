export {
  DEFAULT_RUBRIC,
  judgeRunRubric,
  judgeRunsPairwise,
  type PairwiseRunSummary,
  type RubricRunSummary,
} from './judge-run.ts';
