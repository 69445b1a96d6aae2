import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../core/index.ts';
import { createRandomModel, RANDOM_NEEDS_OPTIONS } from './random-model.ts';

const OPTIONS = ['A', 'B', 'C', 'D'];

/** `options: null` leaves the options out of the task, as a free-text question does. */
function question(sampleId: string | undefined, options: string[] | null = OPTIONS): ChatRequest {
  const task: ChatRequest['task'] = {};
  if (options) task.options = options;
  if (sampleId !== undefined) task.sampleId = sampleId;
  return {
    messages: [
      { role: 'user', content: [{ type: 'text', text: 'Which colour is the skirt? A, B, C or D.' }] },
    ],
    task,
  };
}

describe('createRandomModel', () => {
  it('says it is a baseline', () => {
    const model = createRandomModel({ seed: 1 });
    expect(model).toMatchObject({ id: 'random', kind: 'baseline', label: 'random (baseline)' });
  });

  it('picks each of four options about a quarter of the time', async () => {
    const model = createRandomModel({ seed: 7 });
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let index = 0; index < draws; index++) {
      const response = await model.complete(question(`sample-${index}`));
      counts.set(response.message.content, (counts.get(response.message.content) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(OPTIONS);
    for (const option of OPTIONS) {
      const share = (counts.get(option) ?? 0) / draws;
      expect(share, option).toBeGreaterThan(0.2);
      expect(share, option).toBeLessThan(0.3);
    }
  });

  it('answers a sample the same way on a re-run, in any order, and differently under another seed', async () => {
    const ids = Array.from({ length: 40 }, (_, index) => `sample-${index}`);
    const first = createRandomModel({ seed: 3 });
    const again = createRandomModel({ seed: 3 });
    const other = createRandomModel({ seed: 4 });
    const answers = await Promise.all(
      ids.map(async (id) => (await first.complete(question(id))).message.content),
    );
    const reversed = await Promise.all(
      [...ids].reverse().map(async (id) => (await again.complete(question(id))).message.content),
    );
    expect(reversed.reverse()).toEqual(answers);
    const otherAnswers = await Promise.all(
      ids.map(async (id) => (await other.complete(question(id))).message.content),
    );
    expect(otherAnswers).not.toEqual(answers);
  });

  it('is deterministic without a sample id too, keyed by the conversation', async () => {
    const model = createRandomModel({ seed: 5 });
    const once = await model.complete(question(undefined));
    const twice = await model.complete(question(undefined));
    expect(twice.message.content).toBe(once.message.content);
    expect(OPTIONS).toContain(once.message.content);
  });

  it('answers a fixed text, not a crash, when no options were offered', async () => {
    const response = await createRandomModel({ seed: 1 }).complete(question('sample-1', null));
    expect(response.message).toEqual({ role: 'assistant', content: RANDOM_NEEDS_OPTIONS, toolCalls: [] });
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    const empty = await createRandomModel({ seed: 1 }).complete(question('sample-1', []));
    expect(empty.message.content).toBe(RANDOM_NEEDS_OPTIONS);
  });

  it('reports zero usage, a measured latency and streams its answer once', async () => {
    const streamed: string[] = [];
    const response = await createRandomModel({ seed: 1 }).complete(question('sample-9'), {
      onText: (delta) => streamed.push(delta),
    });
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(response.model).toBe('random');
    expect(streamed).toEqual([response.message.content]);
  });
});

describe('the random baseline on ranking tasks', () => {
  it('answers a uniform permutation of every candidate, the same one on a re-run', async () => {
    const model = createRandomModel({ seed: 3 });
    const ask = (sampleId: string) =>
      model.complete({
        messages: [{ role: 'user', content: [{ type: 'text', text: 'rank' }] }],
        task: { options: ['c-1', 'c-2', 'c-3', 'c-4'], format: 'ranking', sampleId },
      });
    const first = (await ask('s-1')).message.content;
    expect(first.split(', ').sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    expect((await ask('s-1')).message.content).toBe(first);
    // Every candidate leads some of 400 rankings roughly a quarter of the time.
    const leaders = new Map<string, number>();
    for (let index = 0; index < 400; index += 1) {
      const leader = (await ask(`s-${index}`)).message.content.split(', ')[0]!;
      leaders.set(leader, (leaders.get(leader) ?? 0) + 1);
    }
    for (const count of leaders.values()) expect(count).toBeGreaterThan(70);
  });
});
