import type { ResultRow, RunStore, ScoreUpdate } from './run-store.ts';

/**
 * Gathers the rows that finish in one turn of the event loop and writes them in one transaction:
 * at high concurrency a commit per row would cost more than the samples themselves. `write`
 * resolves once its row is committed, so a caller can rely on the output being stored before it
 * scores it.
 */
export interface ResultWriter {
  /** Resolves to false when the row was not written (another process stored that sample first). */
  write(row: ResultRow): Promise<boolean>;
  score(update: ScoreUpdate): Promise<void>;
  /** Writes whatever is pending now. */
  flush(): void;
}

const MAX_BATCH = 512;

interface Pending<T, R> {
  item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export function createResultWriter(runs: RunStore, options: { replaceErrors: boolean }): ResultWriter {
  let rows: Pending<ResultRow, boolean>[] = [];
  let scores: Pending<ScoreUpdate, void>[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const rowBatch = rows;
    const scoreBatch = scores;
    rows = [];
    scores = [];
    if (rowBatch.length > 0) {
      try {
        const written = runs.writeResults(
          rowBatch.map((pending) => pending.item),
          options,
        );
        for (const [index, pending] of rowBatch.entries()) pending.resolve(written[index] === true);
      } catch (error) {
        for (const pending of rowBatch) pending.reject(error);
      }
    }
    if (scoreBatch.length > 0) {
      try {
        runs.writeScores(scoreBatch.map((pending) => pending.item));
        for (const pending of scoreBatch) pending.resolve();
      } catch (error) {
        for (const pending of scoreBatch) pending.reject(error);
      }
    }
  };
  const schedule = () => {
    if (rows.length + scores.length >= MAX_BATCH) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };

  return {
    write: (row) =>
      new Promise<boolean>((resolve, reject) => {
        rows.push({ item: row, resolve, reject });
        schedule();
      }),
    score: (update) =>
      new Promise<void>((resolve, reject) => {
        scores.push({ item: update, resolve, reject });
        schedule();
      }),
    flush,
  };
}
