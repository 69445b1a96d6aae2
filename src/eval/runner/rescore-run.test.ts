import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { rescoreRun } from './rescore-run.ts';
import { createRunStore, type RunStore } from './run-store.ts';

let home: string;
let store: Store;
let runs: RunStore;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'atelier-rescore-'));
  store = await openStore(home);
  runs = createRunStore(store);
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

function addRun(answers: readonly string[]): void {
  runs.createRun({
    id: 'run-a',
    suite: 'tiny',
    suiteConfig: { seed: 0, limit: answers.length, options: {}, circular: false },
    model: 'scripted',
    modelKind: 'model',
    modelLabel: 'scripted',
    total: answers.length,
    settings: {},
  });
  runs.writeResults(
    answers.map((text, index) => ({
      runId: 'run-a',
      sampleId: `q${index}`,
      position: index,
      status: 'done' as const,
      sample: JSON.stringify({
        id: `q${index}`,
        suite: 'tiny',
        kind: 'answer',
        question: 'Which colour?',
        images: [],
        choices: ['navy', 'red', 'green', 'white'],
        answer: 'A',
        scorer: 'choice',
        difficulty: {},
      }),
      output: JSON.stringify({ text }),
      error: null,
      latencyMs: 1,
      inputTokens: 1,
      outputTokens: 1,
      cost: 0,
    })),
    { replaceErrors: false },
  );
}

describe('rescoreRun', () => {
  it("moves the run's updated_at forward, so that a summary cached on it is computed again", () => {
    addRun(['The answer is A.', 'B', 'I cannot tell.']);
    const past = '2020-01-01T00:00:00.000Z';
    store.sqlite.prepare("UPDATE eval_runs SET updated_at = ? WHERE id = 'run-a'").run(past);
    const first = rescoreRun(store, 'run-a');
    expect(first.counts).toMatchObject({ scored: 3, correct: 1, wrong: 1, unparseable: 1 });
    const afterFirst = runs.readRun('run-a').updatedAt;
    expect(afterFirst > past).toBe(true);
    // A second rescore changes no outcome count (the version a cache also compares): only
    // updated_at tells a cache that the scores were written again.
    const second = rescoreRun(store, 'run-a');
    expect(second.counts).toEqual(first.counts);
    expect(runs.readRun('run-a').updatedAt > afterFirst).toBe(true);
  });

  it('leaves updated_at alone when there is nothing to score', () => {
    runs.createRun({
      id: 'run-a',
      suite: 'tiny',
      suiteConfig: { seed: 0, limit: 1, options: {}, circular: false },
      model: 'scripted',
      modelKind: 'model',
      modelLabel: 'scripted',
      total: 1,
      settings: {},
    });
    const past = '2020-01-01T00:00:00.000Z';
    store.sqlite.prepare("UPDATE eval_runs SET updated_at = ? WHERE id = 'run-a'").run(past);
    expect(rescoreRun(store, 'run-a').scored).toBe(0);
    expect(runs.readRun('run-a').updatedAt).toBe(past);
  });
});
