import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { buildReport } from './build-report.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

/**
 * Reports over hand-made runs whose numbers are worked out independently: Wilson 7/10, McNemar with
 * one and four discordant pairs, scikit-learn's AUC example, a pair metric by hand.
 */
const scratch = mkdtempSync(join(tmpdir(), 'atelier-report-'));
let store: Store;

function addRun(id: string, suite: string, label: string, kind: 'model' | 'baseline'): void {
  const now = new Date().toISOString();
  store.sqlite
    .prepare(
      `INSERT INTO eval_runs (id, created_at, updated_at, suite, suite_config, model, model_kind, model_label, status, total, settings)
       VALUES (?, ?, ?, ?, '{}', ?, ?, ?, 'done', 10, '{}')`,
    )
    .run(id, now, now, suite, label, kind, label);
}

interface ResultSpec {
  sample: Record<string, unknown>;
  outcome: 'correct' | 'wrong' | 'unparseable';
  value?: number;
  score?: Record<string, unknown>;
}

function addResult(runId: string, position: number, spec: ResultSpec): void {
  const sample: Record<string, unknown> = { kind: 'answer', images: [], difficulty: {}, ...spec.sample };
  store.sqlite
    .prepare(
      `INSERT INTO eval_results (run_id, sample_id, position, status, sample, output, score, outcome, value,
         latency_ms, input_tokens, output_tokens, cost, created_at, scored_at)
       VALUES (?, ?, ?, 'done', ?, '{"text":"x","latencyMs":5,"usage":{"inputTokens":10,"outputTokens":2}}', ?, ?, ?, 5, 10, 2, 0, 'now', 'now')`,
    )
    .run(
      runId,
      String(sample.id),
      position,
      JSON.stringify(sample),
      JSON.stringify({ outcome: spec.outcome, score: spec.value ?? 0, ...spec.score }),
      spec.outcome,
      spec.value ?? (spec.outcome === 'correct' ? 1 : 0),
    );
}

const choiceSample = (index: number, extra: Record<string, unknown> = {}) => ({
  id: `q-${index}`,
  suite: 'quiz',
  question: 'Which?',
  choices: ['a', 'b', 'c', 'd'],
  answer: 'A',
  scorer: 'choice',
  difficulty: { size: index < 5 ? 'small' : 'large' },
  ...extra,
});

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  // Run A: right on 0–6 (7/10), unparseable on 9. Run B: right on 1–6 and 7, 8, 9 (9/10... see below).
  addRun('run-a', 'quiz', 'model-a', 'model');
  addRun('run-b', 'quiz', 'random (baseline)', 'baseline');
  const aRight = new Set([0, 1, 2, 3, 4, 5, 6]);
  // B is right on 1,2,3,4,5,6 (shared with A) and on 7,8,9,… minus: only A right on 0 (b = 1);
  // only B right on 7, 8, 9 and … we need c = 4, so B is also right where A was wrong: 7, 8, 9 and
  // none else — c = 3. Add sample 10 to both with A wrong and B right: c = 4.
  const bRight = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (let index = 0; index <= 10; index += 1) {
    const pair = index < 4 ? { pair: `p-${Math.floor(index / 2)}` } : {};
    addResult('run-a', index, {
      sample: choiceSample(index, pair),
      outcome: aRight.has(index) ? 'correct' : index === 9 ? 'unparseable' : 'wrong',
    });
    addResult('run-b', index, {
      sample: choiceSample(index, pair),
      outcome: bRight.has(index) ? 'correct' : 'wrong',
    });
  }
  // A yes/no run: scikit-learn's roc_auc_score example, labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8].
  addRun('run-yn', 'compat', 'model-a', 'model');
  const yesNo: [string, number][] = [
    ['no', 0.1],
    ['no', 0.4],
    ['yes', 0.35],
    ['yes', 0.8],
  ];
  yesNo.forEach(([answer, prediction], index) => {
    addResult('run-yn', index, {
      sample: { id: `c-${index}`, suite: 'compat', question: 'ok?', answer, scorer: 'yes-no' },
      outcome: prediction > 0.5 === (answer === 'yes') ? 'correct' : 'wrong',
      score: { prediction },
    });
  });
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('buildReport', () => {
  it('gives Wilson intervals, the unparseable rate, pair accuracy and the chance row of a data file', () => {
    const report = buildReport(store, ['run-a'], () => undefined);
    const section = report.suites[0]!;
    expect(section.metrics).toEqual(['accuracy', 'pair-accuracy']);
    // Four options everywhere: chance 1/4.
    expect(section.chance.accuracy).toBeCloseTo(0.25, 10);
    const accuracy = section.runs[0]!.headline.find((metric) => metric.name === 'accuracy')!;
    // 7 of 11 right (samples 0–6). Wilson 95% for 7/11: 0.3538 – 0.8483 (hand computation).
    expect(accuracy.estimate).toBeCloseTo(7 / 11, 10);
    expect(accuracy.method).toBe('wilson');
    expect(accuracy.low).toBeCloseTo(0.3538, 3);
    expect(accuracy.high).toBeCloseTo(0.8483, 3);
    // Pairs p-0 (samples 0, 1) and p-1 (2, 3): both right in both pairs for run A.
    expect(section.runs[0]!.headline.find((metric) => metric.name === 'pair-accuracy')!.estimate).toBe(1);
    expect(section.runs[0]!.unparseable.estimate).toBeCloseTo(1 / 11, 10);
    // Breakdown by the difficulty key: small = samples 0–4 (5/5 right), large = 5–10 (2/6).
    const small = section.runs[0]!.breakdowns.find((row) => row.key === 'size' && row.value === 'small')!;
    expect(small.summary.estimate).toBe(1);
    expect(section.runs[0]!.breakdowns.find((row) => row.value === 'large')!.summary.estimate).toBeCloseTo(
      2 / 6,
      10,
    );
  });

  it('orders runs best first and compares them pairwise with McNemar and the paired bootstrap', () => {
    const report = buildReport(store, ['run-a', 'run-b'], () => undefined);
    const section = report.suites[0]!;
    expect(section.runs.map((summary) => summary.run.id)).toEqual(['run-b', 'run-a']);
    const comparison = section.comparisons[0]!;
    expect(comparison.paired).toBe(11);
    // Only run-a right on sample 0; only run-b right on 7, 8, 9, 10. Exact McNemar with b + c = 5:
    // p = 2 · P(X ≤ 1 | n = 5, ½) = 2 · 6/32 = 0.375 (listed from B's side: b = 4, c = 1).
    expect([comparison.mcnemar.b, comparison.mcnemar.c].sort()).toEqual([1, 4]);
    expect(comparison.mcnemar.method).toBe('exact');
    expect(comparison.mcnemar.pValue).toBeCloseTo(0.375, 10);
    // Mean score difference (A − B in the order compared): (7 − 10)/11 from B to A.
    expect(Math.abs(comparison.score.difference)).toBeCloseTo(3 / 11, 10);
  });

  it('computes the AUC of stated confidences (scikit-learn example: 0.75)', () => {
    const report = buildReport(store, ['run-yn'], () => ({
      headline: ['auc', 'accuracy'],
      chance: { auc: 0.5 },
    }));
    const auc = report.suites[0]!.runs[0]!.headline.find((metric) => metric.name === 'auc')!;
    expect(auc.estimate).toBeCloseTo(0.75, 10);
    expect(auc.chance).toBe(0.5);
  });

  it('renders Markdown and self-contained HTML with intervals, chance and the baseline label', () => {
    const report = buildReport(store, ['run-a', 'run-b'], () => undefined);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| random (baseline) | baseline | 11 |');
    expect(markdown).toMatch(/\| chance \| baseline \| +\| 0\.250 \|/);
    expect(markdown).toContain('0.636 [0.354, 0.848]');
    const html = renderHtml(report);
    expect(html).toContain('<svg');
    expect(html).toContain('chance 0.250');
    expect(html).not.toMatch(/<script/);
  });

  it('names the missing run', () => {
    expect(() => buildReport(store, ['nope'], () => undefined)).toThrow(/no run "nope"/);
  });
});

describe('per-sample metrics that are right or wrong', () => {
  it('get a Wilson interval, not a degenerate bootstrap, when every sample fails', async () => {
    addRun('run-tools', 'tools', 'rules (baseline)', 'baseline');
    for (let index = 0; index < 6; index += 1) {
      addResult('run-tools', index, {
        sample: { id: `t-${index}`, suite: 'tools', question: 'find', answer: '', scorer: 'tool-use' },
        outcome: 'wrong',
        score: { metrics: { outcome: 0, 'tool-f1': 0.5 } },
      });
    }
    const report = buildReport(store, ['run-tools'], () => ({
      headline: ['outcome', 'tool-f1'],
      chance: {},
    }));
    const [outcome, toolF1] = report.suites[0]!.runs[0]!.headline;
    // Wilson 95% for 0/6: [0, 0.3903] (z² / (n + z²) = 3.8415 / 9.8415).
    expect(outcome).toMatchObject({ estimate: 0, low: 0, method: 'wilson' });
    expect(outcome!.high).toBeCloseTo(0.3903, 4);
    // A graded metric stays a bootstrapped mean.
    expect(toolF1).toMatchObject({ estimate: 0.5, method: 'bootstrap' });
  });
});
