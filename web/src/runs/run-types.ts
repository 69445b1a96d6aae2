/**
 * The JSON shapes of the runs API (src/server/run-routes.ts, run-view.ts, sample-view.ts,
 * compare-routes.ts), restated for the browser: the web app cannot import the server's types.
 */

export interface MetricSummary {
  estimate: number;
  low: number;
  high: number;
  /** Samples summarised. */
  n: number;
  /** Independent units (distinct clusters, or n). */
  clusters: number;
  method: string;
}

export interface HeadlineMetric extends MetricSummary {
  name: string;
  chance?: number;
}

export interface RunCounts {
  done: number;
  error: number;
  scored: number;
  correct: number;
  wrong: number;
  unparseable: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

export interface RunUsage {
  inputTokens: number;
  outputTokens: number;
  cost: number;
  latencyP50: number | null;
  latencyP95: number | null;
}

export interface RunView {
  id: string;
  suite: string;
  model: string;
  modelLabel: string;
  modelKind: string;
  status: string;
  total: number;
  createdAt: string;
  updatedAt: string;
  suiteConfig: {
    seed?: number;
    limit?: number;
    options?: Record<string, string | number | boolean>;
    file?: string;
    circular?: boolean;
  };
  settings: Record<string, unknown>;
}

/** The leaderboard numbers of a run. */
export interface RunHeadline {
  scored: number;
  errors: number;
  headline: HeadlineMetric[];
  unparseable: MetricSummary;
  usage: RunUsage;
}

/** A leaderboard row; while a large run is summarised in the background (`pending`) it has only counts. */
export interface RunEntry extends RunView, Partial<RunHeadline> {
  counts: RunCounts;
  accuracy: number | null;
  scored: number;
  errors: number;
  pending?: boolean;
}

export interface SuiteGroup {
  suite: string;
  metrics: string[];
  chance: Record<string, number>;
  /** Best first by the first headline metric. */
  runIds: string[];
}

export interface RunsResponse {
  runs: RunEntry[];
  suites: SuiteGroup[];
}

export interface BreakdownRow {
  key: string;
  value: string;
  metric: string;
  summary: MetricSummary;
}

export interface RunSummary extends RunHeadline {
  breakdowns: BreakdownRow[];
  toolUse: { tool: string; rate: number }[];
}

export interface RunDetail extends RunView {
  counts: RunCounts;
  accuracy: number | null;
  /** Absent or null while a large run is still being summarised in the background. */
  summary?: RunSummary | null;
  pending?: boolean;
}

/** [left, top, right, bottom] in the pixels of the sample's image. */
export type PixelBox = [number, number, number, number];

export interface SampleBox {
  image: number;
  box: PixelBox;
  label?: string;
}

export interface SampleImage {
  index: number;
  name: string | null;
  url: string | null;
  thumbnailUrl: string | null;
}

export interface SampleError {
  code: string;
  message: string;
}

/** One row of a run's sample list. */
export interface SampleItem {
  id: string;
  position: number;
  status: string;
  kind: string | null;
  scorer: string | null;
  question: string | null;
  choices: unknown;
  answer: string | null;
  difficulty: Record<string, string | number>;
  boxes: SampleBox[];
  images: SampleImage[];
  outputText: string | null;
  usedTools: string[];
  traceId: string | null;
  extracted: string | null;
  note: string | null;
  outcome: string | null;
  score: number | null;
  error: SampleError | null;
  latencyMs: number | null;
}

export interface SamplePage {
  run: string;
  items: SampleItem[];
  offset: number;
  limit: number;
  total: number;
  next: { after: number } | null;
}

export interface ToolCall {
  name: string;
  arguments: string;
  ok: boolean;
  resultText?: string;
  data?: unknown;
}

export interface SampleOutput {
  text?: string;
  toolCalls?: ToolCall[];
  usedTools?: string[];
  stopReason?: string;
  latencyMs?: number;
  usage?: { inputTokens: number; outputTokens: number };
  cached?: boolean;
  traceId?: string;
}

export interface SampleScore {
  outcome?: string;
  score?: number;
  extracted?: string;
  prediction?: number;
  metrics?: Record<string, number>;
  note?: string;
}

/** One sample in full, with its neighbours within the list's filter. */
export interface SampleDetail {
  run: string;
  id: string;
  position: number;
  status: string;
  sample: {
    question?: string;
    choices?: string[];
    answer?: string;
    aliases?: string[];
    kind?: string;
    scorer?: string;
    tools?: string[];
    difficulty?: Record<string, string | number>;
    expected?: unknown;
    boxes?: SampleBox[];
    images: SampleImage[];
  };
  output: SampleOutput | null;
  error: SampleError | null;
  score: SampleScore | null;
  extracted: string | null;
  outcome: string | null;
  value: number | null;
  latencyMs: number | null;
  usage: { inputTokens: number | null; outputTokens: number | null; cost: number | null };
  previous: string | null;
  next: string | null;
}

export interface McNemarResult {
  /** Only A right. */
  b: number;
  /** Only B right. */
  c: number;
  statistic: number;
  pValue: number;
  method: string;
}

export interface PairedBootstrapResult {
  /** B − A. */
  difference: number;
  low: number;
  high: number;
  pValue: number;
  resamples: number;
  skipped: number;
}

export interface RunComparison {
  a: string;
  b: string;
  paired: number;
  mcnemar: McNemarResult;
  accuracyA: number;
  accuracyB: number;
  score: PairedBootstrapResult;
}

/** What one run made of a compared sample. */
export interface CompareSide {
  status: string;
  outputText: string | null;
  extracted: string | null;
  outcome: string | null;
  score: number | null;
  note: string | null;
  usedTools: string[];
  traceId: string | null;
  error: SampleError | null;
  latencyMs: number | null;
}

export interface CompareItem {
  id: string;
  position: number;
  kind: string | null;
  scorer: string | null;
  question: string | null;
  choices: unknown;
  answer: string | null;
  difficulty: Record<string, string | number>;
  boxes: SampleBox[];
  images: SampleImage[];
  a: CompareSide;
  b: CompareSide;
}

export type CompareRun = RunView & RunHeadline;

export interface CompareResponse {
  a: CompareRun;
  b: CompareRun;
  comparison: RunComparison | null;
  filter: string;
  items: CompareItem[];
  offset: number;
  limit: number;
  total: number;
}
