import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { aucInterval, seededRandom, summarizeMean, summarizeProportion } from '../stats/index.ts';
import { type ReportRow, readReportRows } from './report-rows.ts';
import { summarizeMetric, summarizeRun } from './summarize-run.ts';

function row(index: number, overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    sampleId: `s-${index}`,
    scorer: 'choice',
    answer: 'A',
    cluster: null,
    pair: null,
    choiceCount: 4,
    difficulty: {},
    outcome: 'wrong',
    value: 0,
    prediction: null,
    metrics: {},
    usedTools: [],
    latencyMs: 10,
    inputTokens: 1,
    outputTokens: 1,
    cost: 0,
    ...overrides,
  };
}

/**
 * Cluster labels as the previous implementation passed them to summarizeProportion, summarizeMean
 * and aucInterval, which bootstrapped item by item: the reference the fast path must match.
 */
const labelsOf = (rows: readonly ReportRow[]) => rows.map((item) => item.cluster ?? item.sampleId);

describe('summarizeMetric', () => {
  const random = seededRandom(21);
  // 600 samples on 200 images (three each), outcomes correlated within an image.
  const rows = Array.from({ length: 600 }, (_, index) => {
    const image = Math.floor(index / 3);
    const right = image % 3 === 0 || (image % 3 === 2 && random.next() < 0.5);
    const ndcg = random.next() ** 2;
    return row(index, {
      cluster: `image-${image}`,
      pair: `pair-${Math.floor(index / 2)}`,
      outcome: right ? 'correct' : random.next() < 0.1 ? 'unparseable' : 'wrong',
      answer: index % 2 === 0 ? 'yes' : 'no',
      prediction:
        index % 7 === 0
          ? null
          : Math.round(((index % 2 === 0 ? 0.6 : 0.4) + random.next() - 0.5) * 100) / 100,
      metrics: { 'ndcg@10': ndcg, 'hit@5': ndcg > 0.2 ? 1 : 0 },
    });
  });

  it('gives the same interval as before for a mean and an AUC (same seed, same resamples)', () => {
    const ndcg = summarizeMetric('ndcg@10', rows, 3);
    const reference = summarizeMean(
      rows.map((item) => item.metrics['ndcg@10'] as number),
      { seed: 3, clusters: labelsOf(rows) },
    );
    expect({ ...ndcg, low: 0, high: 0 }).toEqual({ ...reference, low: 0, high: 0 });
    expect(Math.abs(ndcg.low - reference.low)).toBeLessThan(1e-12);
    expect(Math.abs(ndcg.high - reference.high)).toBeLessThan(1e-12);

    const auc = summarizeMetric('auc', rows, 3);
    const expected = aucInterval(
      rows.map((item) => item.answer === 'yes'),
      rows.map((item) => item.prediction ?? 0.5),
      { seed: 3, clusters: labelsOf(rows) },
    );
    expect(auc).toEqual({
      estimate: expected.estimate,
      low: expected.low,
      high: expected.high,
      n: 600,
      clusters: 200,
      method: 'cluster-bootstrap',
    });
  });

  it('gives the same Wilson interval as before for pair accuracy', () => {
    const pairs = new Map<string, boolean>();
    for (const item of rows)
      pairs.set(item.pair as string, (pairs.get(item.pair as string) ?? true) && item.outcome === 'correct');
    expect(summarizeMetric('pair-accuracy', rows, 3)).toEqual(
      summarizeProportion([...pairs.values()], { seed: 3 }),
    );
  });

  it('gives the interval of before, up to bootstrap noise, for clustered proportions (resampled by kind)', () => {
    for (const [name, successes] of [
      ['accuracy', rows.map((item) => item.outcome === 'correct')],
      ['hit@5', rows.map((item) => item.metrics['hit@5'] === 1)],
    ] as const) {
      const fast = summarizeMetric(name, rows, 3);
      const reference = summarizeProportion(successes, { seed: 3, clusters: labelsOf(rows) });
      expect({ ...fast, low: 0, high: 0 }).toEqual({ ...reference, low: 0, high: 0 });
      // Two 2,000-resample intervals differ by about 4.3% of the half-width by chance: 15% is 3.5 of those.
      const halfWidth = (reference.high - reference.low) / 2;
      expect(Math.abs(fast.low - reference.low)).toBeLessThan(0.15 * halfWidth);
      expect(Math.abs(fast.high - reference.high)).toBeLessThan(0.15 * halfWidth);
    }
  });
});

describe('summarizeRun', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'atelier-summarize-run-'));
  let store: Store;

  beforeAll(async () => {
    store = await openStore(scratch);
    const now = new Date().toISOString();
    store.sqlite
      .prepare(
        `INSERT INTO eval_runs (id, created_at, updated_at, suite, suite_config, model, model_kind, model_label, status, total, settings)
         VALUES ('run-a', ?, ?, 'quiz', '{}', 'm', 'model', 'm', 'done', 300, '{}')`,
      )
      .run(now, now);
    const insert = store.sqlite.prepare(
      `INSERT INTO eval_results (run_id, sample_id, position, status, sample, output, score, outcome, value,
         latency_ms, input_tokens, output_tokens, cost, created_at, scored_at)
       VALUES ('run-a', ?, ?, 'done', ?, '{"text":"A"}', ?, ?, ?, 5, 10, 2, 0, 'now', 'now')`,
    );
    const random = seededRandom(8);
    for (let index = 0; index < 300; index++) {
      const image = Math.floor(index / 2);
      const outcome =
        image % 2 === 0 || random.next() < 0.3 ? 'correct' : random.next() < 0.1 ? 'unparseable' : 'wrong';
      const sample = {
        id: `q-${index}`,
        scorer: 'choice',
        answer: 'A',
        choices: ['a', 'b', 'c', 'd'],
        cluster: `image-${image}`,
        difficulty: { size: index % 3 === 0 ? 'small' : 'large', zoom: image % 2 },
      };
      insert.run(
        sample.id,
        index,
        JSON.stringify(sample),
        JSON.stringify({ outcome }),
        outcome,
        outcome === 'correct' ? 1 : 0,
      );
    }
  });

  afterAll(async () => {
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const info = {
    id: 'run-a',
    suite: 'quiz',
    model: 'm',
    modelLabel: 'm',
    modelKind: 'model',
    status: 'done',
    total: 300,
    createdAt: '',
  };

  it('summarises every breakdown bucket as summarizeMetric does on its rows, reproducibly', () => {
    const summary = summarizeRun(store, info, undefined, 5);
    expect(summary.scored).toBe(300);
    expect(summary.headline.map((metric) => metric.name)).toEqual(['accuracy']);
    expect(summary.breakdowns.map((entry) => `${entry.key}=${entry.value}`)).toEqual([
      'size=large',
      'size=small',
      'zoom=0',
      'zoom=1',
    ]);
    const zoomOne = summary.breakdowns.find((entry) => entry.key === 'zoom' && entry.value === '1');
    // Every image with zoom 0 is all right: Wilson over its 75 images, not a degenerate bootstrap.
    expect(
      summary.breakdowns.find((entry) => entry.value === '0' && entry.key === 'zoom')?.summary,
    ).toMatchObject({
      estimate: 1,
      method: 'wilson',
      clusters: 75,
    });
    expect(zoomOne?.summary).toMatchObject({ n: 150, clusters: 75, method: 'cluster-bootstrap' });
    expect(zoomOne?.summary.low).toBeLessThan(zoomOne?.summary.estimate as number);
    // The buckets resample the run's cluster numbers: the same as summarising their rows alone.
    const rows = readReportRows(store, 'run-a');
    for (const entry of summary.breakdowns) {
      const bucket = rows.filter((item) => String(item.difficulty[entry.key]) === entry.value);
      expect(entry.summary).toEqual(summarizeMetric('accuracy', bucket, 5));
    }
    expect(summarizeRun(store, info, undefined, 5)).toEqual(summary);
  });
});
