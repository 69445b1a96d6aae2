import { toAtelierError } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { scoreSample } from '../scorers/score-sample.ts';
import type { EvalRunRecord, RunCounts } from './run-record.ts';
import {
  accuracyOf,
  createRunStore,
  type RunStore,
  type ScoreUpdate,
  type StoredResult,
} from './run-store.ts';

export interface ScoringFailure {
  sampleId: string;
  code: string;
  message: string;
}

export interface ScoreRowsOutcome {
  scored: number;
  /** Samples the scorer threw on (a scorer bug or a malformed stored sample); they stay unscored. */
  failures: ScoringFailure[];
}

const BATCH = 500;

/** Scores stored outputs and writes the scores in batches; never calls a model. */
export function scoreStoredRows(
  runs: RunStore,
  runId: string,
  rows: Iterable<StoredResult>,
): ScoreRowsOutcome {
  let batch: ScoreUpdate[] = [];
  let scored = 0;
  const failures: ScoringFailure[] = [];
  for (const row of rows) {
    if (row.status !== 'done' || row.output === null) continue;
    try {
      batch.push({ runId, sampleId: row.sampleId, score: scoreSample(row.sample, row.output) });
    } catch (error) {
      const failure = toAtelierError(error);
      failures.push({ sampleId: row.sampleId, code: failure.code, message: failure.message });
      continue;
    }
    if (batch.length >= BATCH) {
      runs.writeScores(batch);
      scored += batch.length;
      batch = [];
    }
  }
  runs.writeScores(batch);
  return { scored: scored + batch.length, failures };
}

export interface RescoreSummary extends ScoreRowsOutcome {
  run: EvalRunRecord;
  counts: RunCounts;
  accuracy: number | null;
}

/** Scores every stored output of a run again (after a scorer changed), without calling any model. */
export function rescoreRun(store: Store, runId: string): RescoreSummary {
  const runs = createRunStore(store);
  const run = runs.readRun(runId);
  const outcome = scoreStoredRows(runs, run.id, runs.results(run.id));
  const counts = runs.counts(run.id);
  return { run, ...outcome, counts, accuracy: accuracyOf(counts) };
}
