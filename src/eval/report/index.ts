export { buildReport, type DeclaredHeadline, type Report, type SuiteSection } from './build-report.ts';
export { compareRuns, type RunComparison } from './compare-runs.ts';
export { renderHtml } from './render-html.ts';
export { renderMarkdown } from './render-markdown.ts';
export {
  type BreakdownRow,
  type MetricResult,
  type RunInfo,
  type RunSummary,
  summarizeRun,
} from './summarize-run.ts';
