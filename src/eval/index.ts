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
export type { HeadlineMetric, SuiteContext, SuiteDefinition } from './suite.ts';
