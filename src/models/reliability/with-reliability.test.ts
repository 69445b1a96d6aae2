import { describe, expect, it } from 'vitest';
import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { ModelCallError } from '../model-call-error.ts';
import { AdaptiveLimiter } from './adaptive-limiter.ts';
import { type RetryEvent, withReliability } from './with-reliability.ts';

const request: ChatRequest = { messages: [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }] };

function answer(text: string): ChatResponse {
  return {
    message: { role: 'assistant', content: text, toolCalls: [] },
    finishReason: 'stop',
    usage: { inputTokens: 3, outputTokens: 1 },
    latencyMs: 1,
    model: 'fake',
    attempts: 1,
  };
}

const failure = (status: number, retryAfterMs?: number) =>
  new ModelCallError(
    status === 429 ? 'MODEL_RATE_LIMITED' : 'MODEL_REQUEST_FAILED',
    `HTTP ${status} from the fake server`,
    { status, retryable: status === 429 || status >= 500, retryAfterMs, endpoint: 'http://fake' },
  );

type Step = (options: ChatCallOptions | undefined) => Promise<ChatResponse>;

/** A model that plays `steps` in order, one per call, and records how it was called. */
function scriptedModel(steps: Step[]): ChatModel & { calls: number } {
  const model = {
    id: 'fake:model',
    kind: 'model' as const,
    label: 'fake',
    boxFormat: 'pixels' as const,
    calls: 0,
    complete(_request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
      const step = steps[Math.min(model.calls, steps.length - 1)]!;
      model.calls++;
      return step(options);
    },
  };
  return model;
}

const fail =
  (status: number, retryAfterMs?: number): Step =>
  () =>
    Promise.reject(failure(status, retryAfterMs));
const succeed =
  (text: string): Step =>
  () =>
    Promise.resolve(answer(text));

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (milliseconds: number) => void waits.push(milliseconds) };
}

describe('withReliability', () => {
  it('retries a 429, waits what Retry-After asked and reports two attempts', async () => {
    const model = scriptedModel([fail(429, 2500), succeed('fine')]);
    const limiter = new AdaptiveLimiter({ initial: 4, max: 8, window: 10 });
    const { waits, sleep } = recordingSleep();
    const retries: RetryEvent[] = [];
    const reliable = withReliability(model, {
      maxRetries: 3,
      limiter,
      sleep,
      random: () => 0.5,
      onRetry: (event) => retries.push(event),
    });
    const response = await reliable.complete(request);
    expect(response.message.content).toBe('fine');
    expect(response.attempts).toBe(2);
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(waits).toEqual([2500]);
    expect(retries.map((event) => [event.attempt, event.delayMs, event.error.status])).toEqual([
      [1, 2500, 429],
    ]);
    // The 429 halved the endpoint's limit.
    expect(limiter.limit).toBe(2);
    expect(limiter.inFlight).toBe(0);
  });

  it('fails after maxRetries + 1 server errors and says how many attempts it made', async () => {
    const model = scriptedModel([fail(500)]);
    const { waits, sleep } = recordingSleep();
    const reliable = withReliability(model, { maxRetries: 2, sleep, random: () => 0.5 });
    const error = await reliable.complete(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelCallError);
    expect((error as ModelCallError).message).toMatch(/after 3 attempts/);
    expect((error as ModelCallError).status).toBe(500);
    expect(model.calls).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it('does not retry what a retry cannot fix', async () => {
    for (const error of [
      failure(401),
      failure(400),
      new ModelCallError('MODEL_RESPONSE_INVALID', 'not JSON', { retryable: false }),
    ]) {
      const model = scriptedModel([() => Promise.reject(error), succeed('never')]);
      const { waits, sleep } = recordingSleep();
      const reliable = withReliability(model, { maxRetries: 5, sleep });
      await expect(reliable.complete(request)).rejects.toBe(error);
      expect(model.calls).toBe(1);
      expect(waits).toEqual([]);
    }
  });

  it('grows the limiter on success', async () => {
    const limiter = new AdaptiveLimiter({ initial: 1, max: 4, window: 2 });
    const reliable = withReliability(scriptedModel([succeed('ok')]), { maxRetries: 0, limiter });
    await reliable.complete(request);
    await reliable.complete(request);
    expect(limiter.limit).toBe(2);
  });

  it('times out an attempt that never answers and retries it', async () => {
    let sawAbort = false;
    const hang: Step = (options) =>
      new Promise((_resolve, reject) => {
        // An adapter that ignores its signal must still not hold the call; this one notices it.
        options?.signal?.addEventListener('abort', () => {
          sawAbort = true;
          reject(new Error('socket closed'));
        });
      });
    const ignoreSignal: Step = () => new Promise(() => {});
    for (const stall of [hang, ignoreSignal]) {
      const model = scriptedModel([stall, succeed('second time')]);
      const { waits, sleep } = recordingSleep();
      const retries: RetryEvent[] = [];
      const reliable = withReliability(model, {
        maxRetries: 1,
        timeoutMs: 20,
        sleep,
        onRetry: (event) => retries.push(event),
      });
      const response = await reliable.complete(request);
      expect(response.message.content).toBe('second time');
      expect(response.attempts).toBe(2);
      expect(retries.map((event) => event.error.code)).toEqual(['MODEL_TIMEOUT']);
      expect(waits).toHaveLength(1);
    }
    expect(sawAbort).toBe(true);
  });

  it('stops at once with INTERRUPTED when aborted during a backoff wait', async () => {
    const model = scriptedModel([fail(503)]);
    const controller = new AbortController();
    let waitStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      waitStarted = resolve;
    });
    // A sleep that never ends on its own: only the abort can end the wait.
    const sleep = () => {
      waitStarted();
      return new Promise<void>(() => {});
    };
    const reliable = withReliability(model, { maxRetries: 5, sleep });
    const call = reliable.complete(request, { signal: controller.signal });
    await started;
    controller.abort();
    await expect(call).rejects.toSatisfy(
      (error) => error instanceof ModelCallError && error.code === 'INTERRUPTED' && !error.retryable,
    );
    expect(model.calls).toBe(1);
  });

  it('reports INTERRUPTED, not a retryable failure, when the caller aborts a running attempt', async () => {
    const controller = new AbortController();
    const model = scriptedModel([
      (options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(failure(503)));
          controller.abort();
        }),
    ]);
    const reliable = withReliability(model, { maxRetries: 5, timeoutMs: 10_000 });
    await expect(reliable.complete(request, { signal: controller.signal })).rejects.toSatisfy(
      (error) => error instanceof ModelCallError && error.code === 'INTERRUPTED',
    );
    expect(model.calls).toBe(1);
  });

  it('keeps the wrapped model labels', () => {
    const reliable = withReliability(scriptedModel([succeed('x')]), { maxRetries: 1 });
    expect([reliable.id, reliable.kind, reliable.label, reliable.boxFormat]).toEqual([
      'fake:model',
      'model',
      'fake',
      'pixels',
    ]);
  });
});
