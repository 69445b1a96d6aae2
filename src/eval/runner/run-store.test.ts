import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { createRunStore, type NewRun, type ResultRow, type RunStore } from './run-store.ts';

let home: string;
let store: Store;
let runs: RunStore;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'atelier-run-store-'));
  store = await openStore(home);
  runs = createRunStore(store);
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

const newRun = (overrides: Partial<NewRun> = {}): NewRun => ({
  suite: 'perception',
  suiteConfig: { seed: 0, limit: 4, options: { distractors: 3 }, circular: false },
  model: 'random',
  modelKind: 'baseline',
  modelLabel: 'random (baseline)',
  total: 4,
  settings: { concurrency: 8 },
  ...overrides,
});

const row = (sampleId: string, status: 'done' | 'error', overrides: Partial<ResultRow> = {}): ResultRow => ({
  runId: 'run-a',
  sampleId,
  position: Number(sampleId.replace(/\D/g, '')),
  status,
  sample: JSON.stringify({ id: sampleId }),
  output: status === 'done' ? JSON.stringify({ text: 'A' }) : null,
  error: status === 'error' ? JSON.stringify({ code: 'MODEL_REQUEST_FAILED', message: 'refused' }) : null,
  latencyMs: 1,
  inputTokens: 10,
  outputTokens: 2,
  cost: 0.5,
  ...overrides,
});

describe('createRunStore', () => {
  it('names a new run run-YYYYMMDD-HHMMSS-xxxx and reads it back', () => {
    const run = runs.createRun(newRun());
    expect(run.id).toMatch(/^run-\d{8}-\d{6}-[0-9a-f]{4}$/);
    expect(runs.readRun(run.id)).toMatchObject({
      suite: 'perception',
      model: 'random',
      status: 'running',
      total: 4,
      suiteConfig: { seed: 0, limit: 4, options: { distractors: 3 }, circular: false },
    });
  });

  it('lets a second shard join a run with the same suite, config and model, and refuses one that differs', () => {
    runs.createRun(newRun({ id: 'run-a' }));
    // Key order must not matter: the config is compared as canonical JSON.
    const joined = runs.createRun(
      newRun({
        id: 'run-a',
        suiteConfig: { circular: false, options: { distractors: 3 }, limit: 4, seed: 0 },
      }),
    );
    expect(joined.id).toBe('run-a');
    expect(runs.listRuns()).toHaveLength(1);
    expect(() => runs.createRun(newRun({ id: 'run-a', model: 'oracle' }))).toThrow(
      /model random, not oracle/,
    );
    expect(() =>
      runs.createRun(
        newRun({ id: 'run-a', suiteConfig: { seed: 1, limit: 4, options: {}, circular: false } }),
      ),
    ).toThrow(/suite config/);
    expect(() => runs.createRun(newRun({ id: '../escape' }))).toThrow(/not a usable run id/);
  });

  it('says how to find runs when one is missing', () => {
    expect(() => runs.readRun('run-nope')).toThrow(/there is no run "run-nope"/);
  });

  it('keeps the first row of a sample, and replaces only error rows when retrying errors', () => {
    runs.createRun(newRun({ id: 'run-a' }));
    expect(
      runs.writeResults([row('s0', 'done'), row('s1', 'error'), row('s2', 'done')], { replaceErrors: false }),
    ).toEqual([true, true, true]);
    // A normal run never overwrites: neither the done row nor the error row.
    expect(
      runs.writeResults([row('s0', 'done', { output: '{"text":"B"}' }), row('s1', 'done')], {
        replaceErrors: false,
      }),
    ).toEqual([false, false]);
    // Retrying errors replaces the error row and still leaves the done row alone.
    expect(
      runs.writeResults([row('s0', 'done', { output: '{"text":"B"}' }), row('s1', 'done')], {
        replaceErrors: true,
      }),
    ).toEqual([false, true]);
    const stored = [...runs.results('run-a')];
    expect(stored.map((result) => [result.sampleId, result.status, result.output?.text])).toEqual([
      ['s0', 'done', 'A'],
      ['s1', 'done', 'A'],
      ['s2', 'done', 'A'],
    ]);
    expect(runs.counts('run-a')).toMatchObject({ done: 3, error: 0, scored: 0, cost: 1.5 });
  });

  it('counts scores, lists the ids to skip and pages through results in suite order', () => {
    runs.createRun(newRun({ id: 'run-a' }));
    const rows = Array.from({ length: 7 }, (_, index) => row(`s${index}`, index === 6 ? 'error' : 'done'));
    runs.writeResults(rows.reverse(), { replaceErrors: false });
    runs.writeScores([
      { runId: 'run-a', sampleId: 's0', score: { outcome: 'correct', score: 1 } },
      { runId: 'run-a', sampleId: 's1', score: { outcome: 'wrong', score: 0 } },
      { runId: 'run-a', sampleId: 's2', score: { outcome: 'unparseable', score: 0 } },
      // An error row has no output, so it cannot take a score.
      { runId: 'run-a', sampleId: 's6', score: { outcome: 'correct', score: 1 } },
    ]);
    expect(runs.counts('run-a')).toMatchObject({
      done: 6,
      error: 1,
      scored: 3,
      correct: 1,
      wrong: 1,
      unparseable: 1,
    });
    expect([...runs.finishedSampleIds('run-a', { includeErrors: false })].sort()).toEqual([
      's0',
      's1',
      's2',
      's3',
      's4',
      's5',
    ]);
    expect(runs.finishedSampleIds('run-a', { includeErrors: true }).size).toBe(7);
    expect(runs.finishedInShard('run-a', { index: 2, count: 3 }, { includeErrors: true })).toBe(2);
    expect([...runs.results('run-a', { pageSize: 2 })].map((result) => result.sampleId)).toEqual([
      's0',
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
    ]);
    expect(
      [...runs.results('run-a', { unscoredOnly: true, pageSize: 2 })].map((result) => result.sampleId),
    ).toEqual(['s3', 's4', 's5']);
    const [listed] = runs.listRuns();
    expect(listed).toMatchObject({ id: 'run-a', accuracy: 1 / 3, counts: { done: 6, error: 1 } });
  });

  it('moves the updated_at of the runs it scores forward, even twice in one millisecond', () => {
    runs.createRun(newRun({ id: 'run-a' }));
    runs.createRun(newRun({ id: 'run-b' }));
    runs.writeResults([row('s0', 'done'), row('s1', 'done')], { replaceErrors: false });
    const past = '2020-01-01T00:00:00.000Z';
    store.sqlite.prepare('UPDATE eval_runs SET updated_at = ?').run(past);
    const score = (outcome: 'correct' | 'wrong') => [
      { runId: 'run-a', sampleId: 's0', score: { outcome, score: outcome === 'correct' ? 1 : 0 } },
    ];
    runs.writeScores(score('correct'));
    const first = runs.readRun('run-a').updatedAt;
    expect(first > past).toBe(true);
    expect(Math.abs(Date.parse(first) - Date.now())).toBeLessThan(60_000);
    // A run none of whose rows was scored keeps its time.
    expect(runs.readRun('run-b').updatedAt).toBe(past);
    // Within one millisecond the clock cannot move it; the write still must, by a millisecond.
    const future = '2999-01-01T00:00:00.000Z';
    store.sqlite.prepare("UPDATE eval_runs SET updated_at = ? WHERE id = 'run-a'").run(future);
    runs.writeScores(score('correct'));
    expect(runs.readRun('run-a').updatedAt).toBe('2999-01-01T00:00:00.001Z');
    runs.writeScores([]);
    expect(runs.readRun('run-a').updatedAt).toBe('2999-01-01T00:00:00.001Z');
  });

  it('settles a run as done only when every sample has a done row, and never undoes done', () => {
    runs.createRun(newRun({ id: 'run-a', total: 2 }));
    runs.writeResults([row('s0', 'done'), row('s1', 'error')], { replaceErrors: false });
    expect(runs.settleStatus('run-a', { canBeDone: true, otherwise: 'failed' })).toBe('failed');
    runs.writeResults([row('s1', 'done')], { replaceErrors: true });
    expect(runs.settleStatus('run-a', { canBeDone: false, otherwise: 'running' })).toBe('running');
    expect(runs.settleStatus('run-a', { canBeDone: true, otherwise: 'running' })).toBe('done');
    // A shard that finished a moment earlier and saw an incomplete run must not take it back.
    runs.setStatus('run-a', 'running');
    expect(runs.settleStatus('run-a', { canBeDone: false, otherwise: 'interrupted' })).toBe('done');
  });
});
