import { AtelierError } from '../../core/index.ts';
import type { EvalRunsTable, Store } from '../../store/index.ts';
import type { EvalSample, SampleOutput, SampleScore } from '../sample.ts';
import { checkRunId, newRunId } from './run-id.ts';
import {
  canonicalJson,
  type EvalRunRecord,
  RUN_STATUSES,
  type RunCounts,
  type RunListing,
  type RunSettings,
  type RunStatus,
  runSettingsSchema,
  type SuiteConfig,
  suiteConfigSchema,
} from './run-record.ts';
import type { Shard } from './shard.ts';

export interface NewRun {
  /** A chosen id (shards of one run share it); a fresh `run-YYYYMMDD-HHMMSS-xxxx` otherwise. */
  id?: string;
  suite: string;
  suiteConfig: SuiteConfig;
  model: string;
  modelKind: 'model' | 'baseline';
  modelLabel: string;
  total: number;
  settings: RunSettings;
}

/** One result row as written; the JSON columns arrive serialised, so a batch writes without re-encoding. */
export interface ResultRow {
  runId: string;
  sampleId: string;
  position: number;
  status: 'done' | 'error';
  /** JSON EvalSample, as shown to the model. */
  sample: string;
  /** JSON SampleOutput; null for errors. */
  output: string | null;
  /** JSON {code, message}; null for done rows. */
  error: string | null;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cost: number | null;
}

export interface ScoreUpdate {
  runId: string;
  sampleId: string;
  score: SampleScore;
}

export interface StoredResult {
  sampleId: string;
  position: number;
  status: 'done' | 'error';
  sample: EvalSample;
  output: SampleOutput | null;
  error: { code: string; message: string } | null;
  score: SampleScore | null;
}

export interface RunStore {
  /** Starts a run, or joins the run with that id when its suite, config and model agree. */
  createRun(run: NewRun): EvalRunRecord;
  findRun(id: string): EvalRunRecord | undefined;
  /** Throws NOT_FOUND with a hint when there is no such run. */
  readRun(id: string): EvalRunRecord;
  /** Every run, newest first, with its counts. */
  listRuns(): RunListing[];
  counts(runId: string): RunCounts;
  /** Sample ids that already have a row ('done' ones, plus 'error' ones unless they are to be retried). */
  finishedSampleIds(runId: string, options: { includeErrors: boolean }): Set<string>;
  /** How many rows a shard already has (positions ≡ index − 1 mod count), errors included or not. */
  finishedInShard(runId: string, shard: Shard, options: { includeErrors: boolean }): number;
  /**
   * Writes rows in one transaction. A row whose (run, sample) exists is left alone, unless
   * `replaceErrors` is set and the existing row is an error. Returns, per row, whether it was written.
   */
  writeResults(rows: readonly ResultRow[], options: { replaceErrors: boolean }): boolean[];
  /** Writes scores in one transaction and moves each of their runs' updated_at forward. */
  writeScores(updates: readonly ScoreUpdate[]): void;
  /** Sets the status; a 'done' run stays done (its rows can only have become more complete). */
  setStatus(runId: string, status: RunStatus): void;
  /**
   * Ends an invocation: 'done' when `canBeDone` and every sample of the run has a done row, else
   * `otherwise`. One statement, so two shards finishing together cannot leave a complete run 'running'.
   */
  settleStatus(runId: string, options: { canBeDone: boolean; otherwise: RunStatus }): RunStatus;
  setTotal(runId: string, total: number): void;
  /** Rows in suite order, read page by page so that a large run never sits in memory. */
  results(runId: string, options?: { unscoredOnly?: boolean; pageSize?: number }): Generator<StoredResult>;
}

/** A row of eval_runs exactly as the schema declares it. */
type RunRow = EvalRunsTable;

interface CountRow {
  done: number | null;
  error: number | null;
  scored: number | null;
  correct: number | null;
  wrong: number | null;
  unparseable: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
}

interface StoredRow {
  sample_id: string;
  position: number;
  status: string;
  sample: string;
  output: string | null;
  error: string | null;
  score: string | null;
}

// Every column read here is in the eval_results_counts index (scored_at stands for score IS NOT
// NULL; both are set together), so counting a 100k run never reads the JSON columns.
const COUNT_COLUMNS = `
  SUM(status = 'done') AS done,
  SUM(status = 'error') AS error,
  SUM(status = 'done' AND scored_at IS NOT NULL) AS scored,
  SUM(status = 'done' AND outcome = 'correct') AS correct,
  SUM(status = 'done' AND outcome = 'wrong') AS wrong,
  SUM(status = 'done' AND outcome = 'unparseable') AS unparseable,
  SUM(input_tokens) AS input_tokens,
  SUM(output_tokens) AS output_tokens,
  SUM(cost) AS cost`;

function toRecord(row: RunRow): EvalRunRecord {
  const status = RUN_STATUSES.find((name) => name === row.status) ?? 'failed';
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    suite: row.suite,
    suiteConfig: suiteConfigSchema.parse(JSON.parse(row.suite_config)),
    model: row.model,
    modelKind: row.model_kind === 'baseline' ? 'baseline' : 'model',
    modelLabel: row.model_label,
    status,
    total: row.total,
    settings: runSettingsSchema.parse(JSON.parse(row.settings)),
  };
}

function toCounts(row: CountRow | undefined): RunCounts {
  return {
    done: row?.done ?? 0,
    error: row?.error ?? 0,
    scored: row?.scored ?? 0,
    correct: row?.correct ?? 0,
    wrong: row?.wrong ?? 0,
    unparseable: row?.unparseable ?? 0,
    inputTokens: row?.input_tokens ?? 0,
    outputTokens: row?.output_tokens ?? 0,
    cost: row?.cost ?? 0,
  };
}

export function accuracyOf(counts: RunCounts): number | null {
  return counts.scored > 0 ? counts.correct / counts.scored : null;
}

function describeDifference(existing: EvalRunRecord, run: NewRun): string | undefined {
  if (existing.suite !== run.suite) return `suite ${existing.suite}, not ${run.suite}`;
  if (existing.model !== run.model) return `model ${existing.model}, not ${run.model}`;
  const stored = canonicalJson(existing.suiteConfig);
  const wanted = canonicalJson(suiteConfigSchema.parse(run.suiteConfig));
  if (stored !== wanted) return `suite config ${stored}, not ${wanted}`;
  return undefined;
}

/** The eval_runs / eval_results tables through prepared statements on the store's connection. */
export function createRunStore(store: Store): RunStore {
  const sqlite = store.sqlite;
  const insertRun = sqlite.prepare(
    `INSERT OR IGNORE INTO eval_runs
       (id, created_at, updated_at, suite, suite_config, model, model_kind, model_label, status, total, settings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)`,
  );
  const selectRun = sqlite.prepare<[string], RunRow>('SELECT * FROM eval_runs WHERE id = ?');
  const selectRuns = sqlite.prepare<[], RunRow>('SELECT * FROM eval_runs ORDER BY created_at DESC, id DESC');
  const selectCounts = sqlite.prepare<[string], CountRow>(
    `SELECT ${COUNT_COLUMNS} FROM eval_results WHERE run_id = ?`,
  );
  const selectAllCounts = sqlite.prepare<[], CountRow & { run_id: string }>(
    `SELECT run_id, ${COUNT_COLUMNS} FROM eval_results GROUP BY run_id`,
  );
  const selectDone = sqlite.prepare<[string], { sample_id: string }>(
    "SELECT sample_id FROM eval_results WHERE run_id = ? AND status = 'done'",
  );
  const countShard = sqlite.prepare<[string, number, number, number], { count: number }>(
    `SELECT COUNT(*) AS count FROM eval_results
     WHERE run_id = ? AND position % ? = ? AND (status = 'done' OR ?)`,
  );
  const selectAny = sqlite.prepare<[string], { sample_id: string }>(
    'SELECT sample_id FROM eval_results WHERE run_id = ?',
  );
  const columns =
    'run_id, sample_id, position, status, sample, output, error, latency_ms, input_tokens, output_tokens, cost, created_at';
  const values =
    '@runId, @sampleId, @position, @status, @sample, @output, @error, @latencyMs, @inputTokens, @outputTokens, @cost, @createdAt';
  const insertResult = sqlite.prepare(
    `INSERT INTO eval_results (${columns}) VALUES (${values}) ON CONFLICT (run_id, sample_id) DO NOTHING`,
  );
  // Only an error row may be replaced: a stored output is the truth of its sample for good.
  const replaceError = sqlite.prepare(
    `INSERT INTO eval_results (${columns}) VALUES (${values})
     ON CONFLICT (run_id, sample_id) DO UPDATE SET
       position = excluded.position, status = excluded.status, sample = excluded.sample,
       output = excluded.output, error = excluded.error, score = NULL, outcome = NULL, value = NULL,
       latency_ms = excluded.latency_ms, input_tokens = excluded.input_tokens,
       output_tokens = excluded.output_tokens, cost = excluded.cost, created_at = excluded.created_at,
       scored_at = NULL
     WHERE eval_results.status = 'error'`,
  );
  const updateScore = sqlite.prepare(
    `UPDATE eval_results SET score = ?, outcome = ?, value = ?, scored_at = ?
     WHERE run_id = ? AND sample_id = ? AND status = 'done'`,
  );
  const updateStatus = sqlite.prepare(
    "UPDATE eval_runs SET status = ?, updated_at = ? WHERE id = ? AND status != 'done'",
  );
  const settle = sqlite.prepare(
    `UPDATE eval_runs SET updated_at = @now, status = CASE
       WHEN status = 'done' THEN 'done'
       WHEN @canBeDone AND (SELECT COUNT(*) FROM eval_results
         WHERE run_id = @runId AND status = 'done') >= total THEN 'done'
       ELSE @otherwise END
     WHERE id = @runId`,
  );
  const updateTotal = sqlite.prepare('UPDATE eval_runs SET total = ?, updated_at = ? WHERE id = ?');
  const pageAll = sqlite.prepare<[string, number, number, string, number], StoredRow>(
    `SELECT sample_id, position, status, sample, output, error, score FROM eval_results
     WHERE run_id = ? AND (position > ? OR (position = ? AND sample_id > ?))
     ORDER BY position, sample_id LIMIT ?`,
  );
  const pageUnscored = sqlite.prepare<[string, number, number, string, number], StoredRow>(
    `SELECT sample_id, position, status, sample, output, error, score FROM eval_results
     WHERE run_id = ? AND status = 'done' AND score IS NULL
       AND (position > ? OR (position = ? AND sample_id > ?))
     ORDER BY position, sample_id LIMIT ?`,
  );

  const writeRows = sqlite.transaction((rows: readonly ResultRow[], replaceErrors: boolean): boolean[] => {
    const statement = replaceErrors ? replaceError : insertResult;
    const createdAt = new Date().toISOString();
    return rows.map((row) => statement.run({ ...row, createdAt }).changes > 0);
  });
  // Caches of a run's summary are keyed on its updated_at (the server's run-summaries.ts), and a
  // rescore may change scores without changing a single outcome count: every write of scores moves
  // updated_at forward, by at least a millisecond even when the clock has not.
  const touchRun = sqlite.prepare(
    `UPDATE eval_runs SET updated_at = MAX(@now,
       COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds'), ''))
     WHERE id = @runId`,
  );
  const writeScoreRows = sqlite.transaction((updates: readonly ScoreUpdate[]) => {
    const scoredAt = new Date().toISOString();
    const runIds = new Set<string>();
    for (const { runId, sampleId, score } of updates) {
      updateScore.run(JSON.stringify(score), score.outcome, score.score, scoredAt, runId, sampleId);
      runIds.add(runId);
    }
    for (const runId of runIds) touchRun.run({ now: scoredAt, runId });
  });

  const findRun = (id: string) => {
    const row = selectRun.get(id);
    return row ? toRecord(row) : undefined;
  };
  const readRun = (id: string) => {
    const run = findRun(id);
    if (!run) {
      throw new AtelierError('NOT_FOUND', `there is no run "${id}" in ${store.home}`, {
        hint: 'Run "atelier runs" to list the runs of this home folder (or pass the right --home).',
      });
    }
    return run;
  };

  return {
    createRun(run) {
      const id = run.id === undefined ? newRunId() : checkRunId(run.id);
      const now = new Date().toISOString();
      const suiteConfig = canonicalJson(suiteConfigSchema.parse(run.suiteConfig));
      insertRun.run(
        id,
        now,
        now,
        run.suite,
        suiteConfig,
        run.model,
        run.modelKind,
        run.modelLabel,
        run.total,
        JSON.stringify(run.settings),
      );
      const existing = readRun(id);
      const difference = describeDifference(existing, run);
      if (difference !== undefined) {
        throw new AtelierError('INVALID_ARGUMENT', `run ${id} already exists with ${difference}`, {
          hint: 'Shards of one run must use the same --suite, --model, --seed, --limit and --option flags; pick another --run id for a different run, or continue this one with --resume.',
        });
      }
      return existing;
    },
    findRun,
    readRun,
    listRuns() {
      const counts = new Map(selectAllCounts.all().map((row) => [row.run_id, toCounts(row)]));
      return selectRuns.all().map((row) => {
        const runCounts = counts.get(row.id) ?? toCounts(undefined);
        return { ...toRecord(row), counts: runCounts, accuracy: accuracyOf(runCounts) };
      });
    },
    counts: (runId) => toCounts(selectCounts.get(runId)),
    finishedSampleIds(runId, options) {
      const rows = (options.includeErrors ? selectAny : selectDone).all(runId);
      return new Set(rows.map((row) => row.sample_id));
    },
    finishedInShard(runId, shard, options) {
      const row = countShard.get(runId, shard.count, shard.index - 1, options.includeErrors ? 1 : 0);
      return row?.count ?? 0;
    },
    writeResults: (rows, options) => (rows.length === 0 ? [] : writeRows(rows, options.replaceErrors)),
    writeScores(updates) {
      if (updates.length > 0) writeScoreRows(updates);
    },
    setStatus(runId, status) {
      updateStatus.run(status, new Date().toISOString(), runId);
    },
    settleStatus(runId, options) {
      settle.run({
        runId,
        now: new Date().toISOString(),
        canBeDone: options.canBeDone ? 1 : 0,
        otherwise: options.otherwise,
      });
      return readRun(runId).status;
    },
    setTotal(runId, total) {
      updateTotal.run(total, new Date().toISOString(), runId);
    },
    *results(runId, options = {}) {
      const pageSize = options.pageSize ?? 500;
      const page = options.unscoredOnly ? pageUnscored : pageAll;
      let position = -1;
      let sampleId = '';
      for (;;) {
        // Keyset pages: a statement may not stay open while the caller writes scores between pages.
        const rows = page.all(runId, position, position, sampleId, pageSize);
        for (const row of rows) {
          yield {
            sampleId: row.sample_id,
            position: row.position,
            status: row.status === 'done' ? 'done' : 'error',
            sample: JSON.parse(row.sample) as EvalSample,
            output: row.output === null ? null : (JSON.parse(row.output) as SampleOutput),
            error: row.error === null ? null : (JSON.parse(row.error) as { code: string; message: string }),
            score: row.score === null ? null : (JSON.parse(row.score) as SampleScore),
          };
        }
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) return;
        position = last.position;
        sampleId = last.sample_id;
      }
    },
  };
}
