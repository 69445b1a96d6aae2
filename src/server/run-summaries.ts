import {
  accuracyOf,
  compareRuns,
  createRunStore,
  declaredHeadline,
  type EvalRunRecord,
  type RunComparison,
  type RunCounts,
  type RunStore,
  type RunSummary,
  summarizeRun,
} from '../eval/index.ts';
import type { Store } from '../store/index.ts';
import { createSummaryRunner } from './summary-runner.ts';

const MAX_ENTRIES = 256;
const STATE_MAX_AGE_MS = 1_000;
/** Memos hold lists of sample ids (a few MB for a large pairing): only a few are kept. */
const MAX_MEMOS = 16;
/**
 * Runs with more rows than this are summarised in a child process. summarizeRun costs about
 * 20–40 µs per row on a 2-core machine (2–4 s for 100,000 rows, breakdowns included: reading the
 * rows' JSON is most of it), which would still stall every other request; a small run is quicker
 * than starting a process.
 */
export const DEFAULT_INLINE_ROWS = 5_000;

export interface RunSummaries {
  readonly runs: RunStore;
  /** Every run, newest first. */
  records(): EvalRunRecord[];
  /** The run's row counts, cached like summaries (counting tokens and cost reads every row). */
  counts(run: EvalRunRecord): { counts: RunCounts; accuracy: number | null };
  /** The run's headline numbers, intervals and breakdowns (cached while its rows are unchanged). */
  summary(run: EvalRunRecord): Promise<RunSummary>;
  /**
   * The summary if it is at hand without waiting on the summary process: already computed, or a
   * run small enough to summarise inline. Otherwise null, and the summary is being computed in the
   * background (once per version of the run, however often this is asked).
   */
  ready(run: EvalRunRecord): Promise<RunSummary | null>;
  /** The paired comparison of two runs, or null when they share no scored sample. */
  comparison(a: EvalRunRecord, b: EvalRunRecord): Promise<RunComparison | null>;
  /** Any value derived from runs, cached until one of them changes. */
  memo<T>(key: string, runs: readonly EvalRunRecord[], compute: () => T): T;
  /** Stops the summary process, if one was started. */
  close(): void;
}

export interface RunSummariesOptions {
  /** Summarise runs of up to this many rows in process (default 5,000; 0 sends every run out). */
  inlineRows?: number;
}

function runInfo(run: EvalRunRecord): RunSummary['run'] {
  return {
    id: run.id,
    suite: run.suite,
    model: run.model,
    modelLabel: run.modelLabel,
    modelKind: run.modelKind,
    status: run.status,
    total: run.total,
    createdAt: run.createdAt,
  };
}

/**
 * summarizeRun and compareRuns read every scored row and bootstrap over them: fine for a report,
 * too slow to repeat on every page view of a 100,000-sample run. Their results are kept per run
 * "version": the run's update time plus its row counts per outcome, which an index answers without
 * reading a row, so checking that a cached summary is current costs almost nothing. (A rescore
 * that changes no outcome count is noticed too: writing scores moves the run's updated_at.)
 */
export function createRunSummaries(store: Store, options: RunSummariesOptions = {}): RunSummaries {
  const inlineRows = options.inlineRows ?? DEFAULT_INLINE_ROWS;
  const runs = createRunStore(store);
  const outcomeCounts = store.sqlite.prepare<[string], { outcome: string | null; count: number }>(
    'SELECT outcome, COUNT(*) AS count FROM eval_results WHERE run_id = ? GROUP BY outcome',
  );
  const runIds = store.sqlite.prepare<[], { id: string }>(
    'SELECT id FROM eval_runs ORDER BY created_at DESC, id DESC',
  );
  const summaries = new Map<string, { version: string; value: Promise<RunSummary> }>();
  const comparisons = new Map<string, { version: string; value: Promise<RunComparison | null> }>();
  const counts = new Map<
    string,
    { version: string; value: { counts: RunCounts; accuracy: number | null } }
  >();
  const memos = new Map<string, { version: string; value: unknown }>();
  /** Summaries that have arrived, by the promise the cache holds for them. */
  const arrived = new WeakMap<Promise<RunSummary>, RunSummary>();
  /**
   * A background computation that failed, kept for the next caller of ready() to see: otherwise
   * the cache would forget it and a run whose summary always fails would look pending forever.
   */
  const failures = new Map<string, { version: string; error: unknown }>();
  let runner: ReturnType<typeof createSummaryRunner> | undefined;
  const outOfProcess = () => {
    runner ??= createSummaryRunner(store.home);
    return runner;
  };

  // One request reads a run's state several times (summary, comparison, memo): the count is kept
  // for a second, which costs nothing in freshness and saves a scan of the index each time.
  const states = new Map<string, { at: number; version: string; rows: number }>();
  const state = (run: EvalRunRecord) => {
    const key = `${run.id}\n${run.updatedAt}`;
    const now = Date.now();
    const known = states.get(key);
    if (known && now - known.at < STATE_MAX_AGE_MS) return known;
    const rows = outcomeCounts.all(run.id);
    const fresh = {
      at: now,
      version: `${run.updatedAt}|${rows.map((row) => `${row.outcome}:${row.count}`).join(',')}`,
      rows: rows.reduce((sum, row) => sum + row.count, 0),
    };
    states.delete(key);
    states.set(key, fresh);
    if (states.size > MAX_ENTRIES) states.delete(states.keys().next().value as string);
    return fresh;
  };

  function cached<T>(
    map: Map<string, { version: string; value: T }>,
    key: string,
    version: string,
    compute: () => T,
    limit = MAX_ENTRIES,
  ): T {
    const entry = map.get(key);
    if (entry && entry.version === version) return entry.value;
    const value = compute();
    map.delete(key);
    map.set(key, { version, value });
    if (map.size > limit) map.delete(map.keys().next().value as string);
    // A failed computation is not remembered: the next request tries again.
    if (value instanceof Promise) value.catch(() => map.get(key)?.value === value && map.delete(key));
    return value;
  }

  const api: RunSummaries = {
    runs,
    records: () => runIds.all().flatMap((row) => runs.findRun(row.id) ?? []),
    counts(run) {
      return cached(counts, run.id, state(run).version, () => {
        const found = runs.counts(run.id);
        return { counts: found, accuracy: accuracyOf(found) };
      });
    },
    memo<T>(key: string, members: readonly EvalRunRecord[], compute: () => T): T {
      const version = members.map((member) => state(member).version).join('\n');
      return cached(memos, key, version, compute, MAX_MEMOS) as T;
    },
    summary(run) {
      const { version, rows } = state(run);
      return cached(summaries, run.id, version, () => {
        const value =
          rows > inlineRows
            ? outOfProcess().summary(runInfo(run), declaredHeadline(run.suite))
            : Promise.resolve().then(() => summarizeRun(store, runInfo(run), declaredHeadline(run.suite)));
        value.then(
          (summary) => {
            arrived.set(value, summary);
            failures.delete(run.id);
          },
          (error: unknown) => {
            failures.set(run.id, { version, error });
            if (failures.size > MAX_ENTRIES) failures.delete(failures.keys().next().value as string);
          },
        );
        return value;
      });
    },
    async ready(run) {
      const { version, rows } = state(run);
      if (rows <= inlineRows) return api.summary(run);
      const failed = failures.get(run.id);
      if (failed) {
        // Reported once: the request after this one starts the computation again.
        failures.delete(run.id);
        if (failed.version === version) throw failed.error;
      }
      return arrived.get(api.summary(run)) ?? null;
    },
    comparison(a, b) {
      const first = state(a);
      const second = state(b);
      return cached(comparisons, `${a.id}\n${b.id}`, `${first.version}\n${second.version}`, () =>
        Math.max(first.rows, second.rows) > inlineRows
          ? outOfProcess().comparison(a.id, b.id)
          : Promise.resolve().then(() => compareRuns(store, a.id, b.id)),
      );
    },
    close() {
      runner?.close();
      runner = undefined;
    },
  };
  return api;
}
