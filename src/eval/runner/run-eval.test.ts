import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResponse } from '../../core/index.ts';
import { type ChatModel, createOracleModel, ModelCallError } from '../../models/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { createZoomTool } from '../../tools/index.ts';
import type { EvalSample, SampleImage } from '../sample.ts';
import type { SuiteDefinition } from '../suite.ts';
import { rescoreRun } from './rescore-run.ts';
import { runEval } from './run-eval.ts';
import { createRunStore } from './run-store.ts';

let home: string;
let store: Store;
let png: Buffer;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'atelier-run-eval-'));
  store = await openStore(join(home, 'store'));
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

function choiceSample(index: number, images: SampleImage[] = []): EvalSample {
  return {
    id: `q${index}`,
    suite: 'tiny',
    kind: 'answer',
    question: `Which colour is item ${index}?`,
    images,
    choices: ['navy', 'red', 'green', 'white'],
    answer: 'ABCD'[index % 4] as string,
    scorer: 'choice',
    difficulty: {},
  };
}

/** A suite over fixed samples, built lazily as a real suite is, counting how many were built. */
function fixedSuite(make: (index: number) => EvalSample, size: number): SuiteDefinition & { built: number } {
  const suite = {
    name: 'tiny',
    description: 'fixed samples for runner tests',
    headline: ['accuracy'],
    chance: { accuracy: 0.25 },
    defaultLimit: size,
    built: 0,
    count: (context: { limit?: number }) => Math.min(size, context.limit ?? size),
    async *samples(context: { limit?: number }) {
      for (let index = 0; index < Math.min(size, context.limit ?? size); index += 1) {
        suite.built += 1;
        yield make(index);
      }
    },
  };
  return suite;
}

interface ScriptedModel extends ChatModel {
  calls: ChatRequest[];
}

/** A model whose answer (or failure) is chosen per sample id; usage is fixed so cost is predictable. */
function scriptedModel(
  answer: (request: ChatRequest) => string | Error,
  usage = { inputTokens: 100, outputTokens: 10 },
): ScriptedModel {
  const calls: ChatRequest[] = [];
  return {
    id: 'scripted',
    kind: 'model',
    label: 'scripted',
    boxFormat: 'pixels',
    calls,
    async complete(request): Promise<ChatResponse> {
      calls.push(request);
      await new Promise((resolve) => setImmediate(resolve));
      const result = answer(request);
      if (result instanceof Error) throw result;
      return {
        message: { role: 'assistant', content: result, toolCalls: [] },
        finishReason: 'stop',
        usage,
        latencyMs: 1,
        model: 'scripted',
      };
    },
  };
}

const context = () => ({ store, seed: 0, options: {} });
const rowsOf = (runId: string) => [...createRunStore(store).results(runId)];

describe('runEval', () => {
  it('stores one scored row per sample, with images kept as blobs, and ends done', async () => {
    const suite = fixedSuite((index) => choiceSample(index, [{ base64: png.toString('base64') }]), 6);
    const summary = await runEval({
      store,
      suite,
      context: context(),
      model: createOracleModel(),
      concurrency: 3,
    });
    expect(summary.run.status).toBe('done');
    expect(summary.counts).toMatchObject({ done: 6, error: 0, scored: 6, correct: 6 });
    expect(summary.accuracy).toBe(1);
    const rows = rowsOf(summary.run.id);
    expect(rows.map((row) => row.sampleId)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5']);
    const image = rows[0]!.sample.images[0]!;
    expect('sha256' in image && (await store.blobs.read(image.sha256)).equals(png)).toBe(true);
    expect(rows[0]!.output?.text).toBe('A');
    expect(rows[0]!.score?.outcome).toBe('correct');
  });

  it('resumes an interrupted run without asking again for any stored sample', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 10);
    const controller = new AbortController();
    const first = scriptedModel(() => 'B');
    const interrupted = await runEval({
      store,
      suite,
      context: context(),
      model: first,
      concurrency: 2,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.processed === 4) controller.abort();
      },
    });
    expect(interrupted.stoppedBy).toBe('interrupted');
    expect(interrupted.run.status).toBe('interrupted');
    const stored = new Set(rowsOf(interrupted.run.id).map((row) => row.sampleId));
    expect(stored.size).toBeGreaterThanOrEqual(4);
    expect(stored.size).toBeLessThan(10);

    const second = scriptedModel(() => 'B');
    const resumed = await runEval({
      store,
      suite,
      context: context(),
      model: second,
      runId: interrupted.run.id,
      resume: true,
    });
    const asked = second.calls.map((request) => request.task?.sampleId);
    expect(asked.filter((id) => stored.has(id ?? ''))).toEqual([]);
    expect(asked).toHaveLength(10 - stored.size);
    expect(resumed.run.status).toBe('done');
    expect(rowsOf(resumed.run.id).map((row) => row.sampleId)).toEqual(
      Array.from({ length: 10 }, (_, index) => `q${index}`),
    );
  });

  it('refuses to resume a run that does not exist', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 2);
    await expect(
      runEval({
        store,
        suite,
        context: context(),
        model: createOracleModel(),
        runId: 'run-missing',
        resume: true,
      }),
    ).rejects.toThrow(/there is no run "run-missing"/);
  });

  it('merges shards of one run into one complete run', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 7);
    const models = [scriptedModel(() => 'A'), scriptedModel(() => 'A')];
    const [one, two] = await Promise.all(
      models.map((model, index) =>
        runEval({
          store,
          suite,
          context: context(),
          model,
          runId: 'run-shards',
          shard: { index: index + 1, count: 2 },
        }),
      ),
    );
    expect(models[0]!.calls.map((request) => request.task?.sampleId)).toEqual(['q0', 'q2', 'q4', 'q6']);
    expect(models[1]!.calls.map((request) => request.task?.sampleId)).toEqual(['q1', 'q3', 'q5']);
    expect([one!.processed, two!.processed]).toEqual([4, 3]);
    const run = createRunStore(store).readRun('run-shards');
    expect(run.status).toBe('done');
    expect(rowsOf('run-shards')).toHaveLength(7);
  });

  it('runs again only the failed samples with retryErrors, replacing their error rows', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 6);
    const failing = new Set(['q1', 'q4']);
    const first = scriptedModel((request) =>
      failing.has(request.task?.sampleId ?? '')
        ? new ModelCallError('MODEL_REQUEST_FAILED', 'the server said 400', { retryable: false, status: 400 })
        : 'A',
    );
    const failed = await runEval({ store, suite, context: context(), model: first, runId: 'run-retry' });
    expect(failed.run.status).toBe('failed');
    expect(failed.counts).toMatchObject({ done: 4, error: 2 });
    const errorRow = rowsOf('run-retry').find((row) => row.sampleId === 'q1')!;
    expect(errorRow.error).toEqual({ code: 'MODEL_REQUEST_FAILED', message: 'the server said 400' });

    // A plain resume skips error rows too: only --retry-errors asks again.
    const plain = scriptedModel(() => 'A');
    await runEval({ store, suite, context: context(), model: plain, runId: 'run-retry', resume: true });
    expect(plain.calls).toHaveLength(0);

    const retry = scriptedModel(() => 'A');
    const fixed = await runEval({
      store,
      suite,
      context: context(),
      model: retry,
      runId: 'run-retry',
      resume: true,
      retryErrors: true,
    });
    expect(retry.calls.map((request) => request.task?.sampleId).sort()).toEqual(['q1', 'q4']);
    expect(fixed.run.status).toBe('done');
    expect(fixed.counts).toMatchObject({ done: 6, error: 0, scored: 6 });
  });

  it('refuses a run whose cost estimate exceeds --max-cost, and stops starting samples once it is spent', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 20);
    const prices = { inputPerMillion: 10, outputPerMillion: 30 };
    const model = scriptedModel(() => 'A', { inputTokens: 100_000, outputTokens: 0 });
    await expect(
      runEval({ store, suite, context: context(), model, prices, maxCost: 0.01, runId: 'run-costly' }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/more than --max-cost 0.01/),
    });
    expect(createRunStore(store).findRun('run-costly')).toBeUndefined();
    expect(model.calls).toHaveLength(0);
    await expect(runEval({ store, suite, context: context(), model, maxCost: 1 })).rejects.toThrow(
      /needs the prices/,
    );

    // Each sample really costs $1 (100k input tokens at $10/M): the cap of $2.5 stops after three.
    const capped = await runEval({
      store,
      suite,
      context: context(),
      model,
      prices,
      maxCost: 2.5,
      concurrency: 1,
    });
    expect(capped.stoppedBy).toBe('max-cost');
    expect(capped.processed).toBe(3);
    expect(capped.cost).toBeCloseTo(3);
    expect(capped.run.status).toBe('interrupted');
    expect(capped.counts.cost).toBeCloseTo(3);
  });

  it('reads image files only inside the data folder and records bad images as error rows', async () => {
    const data = join(home, 'data');
    mkdirSync(join(data, 'images'), { recursive: true });
    writeFileSync(join(data, 'images', 'good.png'), png);
    writeFileSync(join(data, 'images', 'not-an-image.png'), 'hello');
    writeFileSync(join(home, 'secret.png'), png);
    const images: SampleImage[][] = [
      [{ path: 'images/good.png' }],
      [{ path: '../secret.png' }],
      [{ path: 'images/missing.png' }],
      [{ path: 'images/not-an-image.png' }],
    ];
    const suite = fixedSuite((index) => choiceSample(index, images[index]), 4);
    const model = scriptedModel(() => 'A');
    const summary = await runEval({
      store,
      suite,
      context: context(),
      model,
      source: join(data, 'tiny.jsonl'),
    });
    const rows = rowsOf(summary.run.id);
    expect(rows.map((row) => [row.sampleId, row.status, row.error?.code])).toEqual([
      ['q0', 'done', undefined],
      ['q1', 'error', 'INVALID_SOURCE'],
      ['q2', 'error', 'SOURCE_NOT_FOUND'],
      ['q3', 'error', 'IMAGE_DECODE_FAILED'],
    ]);
    expect(model.calls).toHaveLength(1);
    const content = model.calls[0]!.messages[0]!.content;
    expect(
      Array.isArray(content) && content.some((part) => typeof part !== 'string' && part.type === 'image'),
    ).toBe(true);
    expect(summary.run.status).toBe('failed');
  });

  it('shows a blind run no images and stores it as a text-only baseline', async () => {
    const suite = fixedSuite((index) => choiceSample(index, [{ base64: png.toString('base64') }]), 2);
    const model = scriptedModel(() => 'A');
    const summary = await runEval({ store, suite, context: context(), model, blind: true });
    expect(summary.run).toMatchObject({ model: 'text-only:scripted', modelKind: 'baseline' });
    for (const request of model.calls) {
      const parts = request.messages.flatMap((message) =>
        Array.isArray(message.content) ? message.content : [],
      );
      expect(parts.some((part) => part.type === 'image')).toBe(false);
    }
  });

  it('expands circular variants and counts every rotation in the total', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 2);
    const summary = await runEval({
      store,
      suite,
      context: context(),
      model: createOracleModel(),
      circular: true,
    });
    expect(summary.run.total).toBe(8);
    expect(summary.run.status).toBe('done');
    expect(rowsOf(summary.run.id).map((row) => row.sampleId)).toEqual([
      'q0~c0',
      'q0~c1',
      'q0~c2',
      'q0~c3',
      'q1~c0',
      'q1~c1',
      'q1~c2',
      'q1~c3',
    ]);
    expect(summary.counts.correct).toBe(8);
  });

  it('runs agent samples through the assistant loop and keeps the tool calls and the trace', async () => {
    const suite = fixedSuite(
      (index) => ({
        ...choiceSample(index, [{ base64: png.toString('base64') }]),
        kind: 'agent',
        tools: ['zoom'],
      }),
      1,
    );
    const model = scriptedModel(() => 'A');
    const agentModel: ChatModel = {
      ...model,
      async complete(request, options) {
        if (request.messages.some((message) => message.role === 'tool'))
          return model.complete(request, options);
        return {
          message: {
            role: 'assistant',
            content: '',
            toolCalls: [{ id: 'call-1', name: 'zoom', arguments: '{"image":"image-1","box":[0,0,40,40]}' }],
          },
          finishReason: 'tool_calls',
          usage: { inputTokens: 5, outputTokens: 5 },
          latencyMs: 1,
          model: 'scripted',
        };
      },
    };
    const summary = await runEval({
      store,
      suite,
      context: context(),
      model: agentModel,
      tools: [createZoomTool(store)],
    });
    const [row] = rowsOf(summary.run.id);
    expect(row?.status).toBe('done');
    expect(row?.output).toMatchObject({ text: 'A', usedTools: ['zoom'], stopReason: 'answered' });
    expect(row?.output?.toolCalls?.[0]).toMatchObject({ name: 'zoom', ok: true });
    expect(row?.output?.traceId).toMatch(/^tr-/);
    expect(row?.output?.usage).toEqual({ inputTokens: 105, outputTokens: 15 });
  });

  it('rescores stored outputs without calling the model', async () => {
    const suite = fixedSuite((index) => choiceSample(index), 4);
    const model = scriptedModel(() => 'The answer is A.');
    const summary = await runEval({ store, suite, context: context(), model });
    store.sqlite.prepare('UPDATE eval_results SET score = NULL, outcome = NULL, value = NULL').run();
    const rescored = rescoreRun(store, summary.run.id);
    expect(model.calls).toHaveLength(4);
    expect(rescored.scored).toBe(4);
    expect(rescored.counts).toMatchObject({ scored: 4, correct: 1, wrong: 3 });
  });
});
