import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../../models/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { judgeRunRubric, judgeRunsPairwise } from './judge-run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-judge-'));
let store: Store;

function addRun(id: string, answers: string[]): void {
  store.sqlite
    .prepare(
      `INSERT INTO eval_runs (id, created_at, updated_at, suite, suite_config, model, model_kind, model_label, status, total, settings)
       VALUES (?, 'now', 'now', 'quiz', '{}', 'm', 'model', 'm', 'done', ?, '{}')`,
    )
    .run(id, answers.length);
  answers.forEach((text, index) => {
    const sample = {
      id: `s-${index}`,
      question: 'What colour is the skirt?',
      answer: 'navy',
      scorer: 'exact',
    };
    store.sqlite
      .prepare(
        `INSERT INTO eval_results (run_id, sample_id, position, status, sample, output, score, outcome, value, created_at)
         VALUES (?, ?, ?, 'done', ?, ?, '{"outcome":"wrong","score":0}', 'wrong', 0, 'now')`,
      )
      .run(id, `s-${index}`, index, JSON.stringify(sample), JSON.stringify({ text }));
  });
}

/** A judge played by rules, so the test knows every verdict in advance. */
function judgeModel(reply: (prompt: string) => string): ChatModel {
  return {
    id: 'test-judge',
    kind: 'model',
    label: 'test judge',
    boxFormat: 'pixels',
    async complete(request: ChatRequest): Promise<ChatResponse> {
      const user = request.messages.find((message) => message.role === 'user');
      const prompt =
        user && user.role === 'user'
          ? user.content.map((part) => (part.type === 'text' ? part.text : '')).join('')
          : '';
      return {
        message: { role: 'assistant', content: reply(prompt), toolCalls: [] },
        finishReason: 'stop',
        usage: { inputTokens: 0, outputTokens: 0 },
        latencyMs: 0,
        model: 'test-judge',
      };
    },
  };
}

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  addRun('run-a', ['It is navy blue.', 'red', 'navy', 'I cannot tell']);
  addRun('run-b', ['navy', 'navy', 'navy', 'navy']);
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('judging stored answers', () => {
  it('grades with a rubric, keeps each verdict on the row and counts unreadable verdicts', async () => {
    const judge = judgeModel((prompt) => {
      const graded = /Answer to grade:\n(.*)/.exec(prompt)?.[1] ?? '';
      if (graded.includes('cannot')) return 'no idea';
      return JSON.stringify({
        score: graded.includes('navy') ? 10 : 0,
        reason: 'compared with the reference',
      });
    });
    const summary = await judgeRunRubric(store, 'run-a', judge);
    expect(summary).toMatchObject({ judged: 4, unparseable: 1 });
    // Scores 1, 0, 1 over the three readable verdicts.
    expect(summary.score.estimate).toBeCloseTo(2 / 3, 10);
    const stored = store.sqlite
      .prepare<[], { score: string }>(
        "SELECT score FROM eval_results WHERE run_id = 'run-a' AND sample_id = 's-0'",
      )
      .get()!;
    expect(JSON.parse(stored.score)).toMatchObject({ metrics: { judge: 1 }, judge: { model: 'test judge' } });
  });

  it('catches a judge that always prefers the first answer it reads', async () => {
    const positional = judgeModel(() => JSON.stringify({ winner: 'A' }));
    const summary = await judgeRunsPairwise(store, 'run-a', 'run-b', positional);
    expect(summary.wins).toEqual({ a: 0, b: 0, tie: 0, inconsistent: 4, unparseable: 0 });
  });

  it('counts consistent preferences and reports the share preferring run B', async () => {
    // Prefers whichever answer is exactly "navy"; a tie when both or neither are.
    const judge = judgeModel((prompt) => {
      const a = /Answer A:\n(.*)/.exec(prompt)?.[1] === 'navy';
      const b = /Answer B:\n(.*)/.exec(prompt)?.[1] === 'navy';
      return JSON.stringify({ winner: a === b ? 'tie' : a ? 'A' : 'B' });
    });
    const summary = await judgeRunsPairwise(store, 'run-a', 'run-b', judge);
    // run-a: "It is navy blue." (B wins), "red" (B), "navy" (tie), "I cannot tell" (B).
    expect(summary.wins).toEqual({ a: 0, b: 3, tie: 1, inconsistent: 0, unparseable: 0 });
    expect(summary.preferB.estimate).toBe(1);
    // Wilson 95% for 3/3: [0.4385, 1].
    expect(summary.preferB.low).toBeCloseTo(0.4385, 4);
  });
});
