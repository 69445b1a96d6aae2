import type { Store } from '../../store/index.ts';

/**
 * One scored sample as a report needs it. Read with json_extract so a run's samples (which may hold
 * base64 images from a TSV) are never parsed whole: a 100,000-sample run stays cheap to report.
 */
export interface ReportRow {
  sampleId: string;
  scorer: string;
  answer: string;
  cluster: string | null;
  pair: string | null;
  choiceCount: number | null;
  difficulty: Record<string, string | number>;
  outcome: 'correct' | 'wrong' | 'unparseable';
  value: number;
  prediction: number | null;
  metrics: Record<string, number>;
  usedTools: string[];
  latencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

interface RawRow {
  sample_id: string;
  scorer: string;
  answer: string;
  cluster: string | null;
  pair: string | null;
  choice_count: number | null;
  difficulty: string | null;
  outcome: 'correct' | 'wrong' | 'unparseable';
  value: number | null;
  prediction: number | null;
  metrics: string | null;
  used_tools: string | null;
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
}

/** The scored rows of a run, in suite order; unscored and failed rows are counted elsewhere. */
export function readReportRows(store: Store, runId: string): ReportRow[] {
  const rows = store.sqlite
    .prepare<[string], RawRow>(
      `SELECT sample_id,
              json_extract(sample, '$.scorer') AS scorer,
              json_extract(sample, '$.answer') AS answer,
              json_extract(sample, '$.cluster') AS cluster,
              json_extract(sample, '$.pair') AS pair,
              json_array_length(json_extract(sample, '$.choices')) AS choice_count,
              json_extract(sample, '$.difficulty') AS difficulty,
              outcome, value,
              json_extract(score, '$.prediction') AS prediction,
              json_extract(score, '$.metrics') AS metrics,
              json_extract(output, '$.usedTools') AS used_tools,
              latency_ms, input_tokens, output_tokens, cost
         FROM eval_results
        WHERE run_id = ? AND status = 'done' AND outcome IS NOT NULL
        ORDER BY position, sample_id`,
    )
    .all(runId);
  return rows.map((row) => ({
    sampleId: row.sample_id,
    scorer: row.scorer,
    answer: String(row.answer ?? ''),
    cluster: row.cluster,
    pair: row.pair,
    choiceCount: row.choice_count,
    difficulty: row.difficulty ? (JSON.parse(row.difficulty) as Record<string, string | number>) : {},
    outcome: row.outcome,
    value: row.value ?? 0,
    prediction: row.prediction,
    metrics: row.metrics ? (JSON.parse(row.metrics) as Record<string, number>) : {},
    usedTools: row.used_tools ? (JSON.parse(row.used_tools) as string[]) : [],
    latencyMs: row.latency_ms,
    inputTokens: row.input_tokens ?? 0,
    outputTokens: row.output_tokens ?? 0,
    cost: row.cost ?? 0,
  }));
}
