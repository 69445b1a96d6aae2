import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { ModelCallError } from '../model-call-error.ts';
import type { AdaptiveLimiter, LimiterPermit } from './adaptive-limiter.ts';
import { type BackoffOptions, retryDelay } from './backoff.ts';

export interface RetryEvent {
  /** The attempt that failed (1 = the first try). */
  attempt: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  error: ModelCallError;
}

export interface ReliabilityOptions {
  /** Further attempts after the first; 0 never retries. */
  maxRetries: number;
  /** Limit on one attempt (not the whole call), for adapters that do not time out by themselves. */
  timeoutMs?: number;
  /** The endpoint's shared limiter (see limiterFor); without one, calls are not limited. */
  limiter?: AdaptiveLimiter;
  backoff?: Omit<BackoffOptions, 'random'>;
  random?: () => number;
  /** Waits between attempts; injected by tests so they never really wait. */
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each wait, for progress lines ("429 from …, retrying in 2.1 s"). */
  onRetry?: (event: RetryEvent) => void;
}

function interrupted(model: ChatModel): ModelCallError {
  return new ModelCallError(
    'INTERRUPTED',
    `the call to ${model.id} was cancelled`,
    { retryable: false },
    {
      hint: 'Run the command again to resume.',
    },
  );
}

function defaultSleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Settles with `promise`, or rejects with `error()` as soon as `signal` aborts, whichever is first. */
function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  error: () => unknown,
): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(error());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(error());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (reason: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(reason);
      },
    );
  });
}

function isRateLimited(error: ModelCallError): boolean {
  return error.status === 429 || error.code === 'MODEL_RATE_LIMITED';
}

/**
 * One attempt through the limiter. The per-attempt timeout races the adapter as well as aborting
 * it, so an adapter that ignores its signal still cannot hold the call (and a limiter slot) forever.
 */
async function attemptOnce(
  model: ChatModel,
  request: ChatRequest,
  callOptions: ChatCallOptions | undefined,
  permit: LimiterPermit,
  timeoutMs: number | undefined,
): Promise<ChatResponse> {
  const callerSignal = callOptions?.signal;
  // A timer cleared as soon as the attempt ends, rather than AbortSignal.timeout: that one stays
  // armed for the whole timeout (two minutes by default) after a call that took milliseconds, and
  // at hundreds of calls a second the armed timers and their signals piled up for the GC.
  const deadline = timeoutMs === undefined ? undefined : new AbortController();
  const timer =
    deadline === undefined
      ? undefined
      : setTimeout(
          () => deadline.abort(new DOMException('The operation timed out.', 'TimeoutError')),
          timeoutMs,
        );
  // As AbortSignal.timeout's: the deadline alone never keeps the process alive.
  timer?.unref();
  const timeout = deadline?.signal;
  const signals = [callerSignal, timeout].filter((signal) => signal !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  const timedOut = () =>
    new ModelCallError(
      'MODEL_TIMEOUT',
      `${model.id} gave no answer within ${timeoutMs} ms`,
      { retryable: true },
      { hint: 'The server may be overloaded; raise the timeout or lower the concurrency.' },
    );
  try {
    const call = model.complete(request, signal === undefined ? callOptions : { ...callOptions, signal });
    const response = await untilAborted(call, timeout, timedOut);
    permit.reportSuccess();
    return response;
  } catch (error) {
    // Whatever the adapter threw after our timeout fired, the cause was the timeout.
    const failure = timeout?.aborted && !callerSignal?.aborted ? timedOut() : error;
    if (failure instanceof ModelCallError && isRateLimited(failure)) permit.reportRateLimited();
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

function exhausted(model: ChatModel, error: ModelCallError, attempts: number): ModelCallError {
  return new ModelCallError(
    error.code,
    `${model.id} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.message}`,
    {
      status: error.status,
      retryAfterMs: error.retryAfterMs,
      retryable: error.retryable,
      endpoint: error.endpoint,
    },
    {
      hint:
        error.hint ??
        'The server kept failing; check that it is up, lower the concurrency, or allow more retries.',
      cause: error,
    },
  );
}

/**
 * A ChatModel that survives a misbehaving server: retryable failures (429, 5xx, timeouts, dropped
 * connections) are retried with jittered backoff through the endpoint's adaptive limiter; anything a
 * retry cannot fix (401, 400, an invalid response) fails at once. The response's `attempts` and
 * `latencyMs` cover the whole call, waits included, so reports show what a run really cost.
 */
export function withReliability(model: ChatModel, options: ReliabilityOptions): ChatModel {
  const { maxRetries, timeoutMs, limiter, onRetry } = options;
  const sleep = options.sleep ?? defaultSleep;
  const backoff: BackoffOptions =
    options.random === undefined ? { ...options.backoff } : { ...options.backoff, random: options.random };
  const unlimited: LimiterPermit = { reportRateLimited() {}, reportSuccess() {} };

  async function complete(request: ChatRequest, callOptions?: ChatCallOptions): Promise<ChatResponse> {
    const startedAt = performance.now();
    const signal = callOptions?.signal;
    const cancelled = () => interrupted(model);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw cancelled();
      let failure: ModelCallError;
      try {
        const run = (permit: LimiterPermit) => attemptOnce(model, request, callOptions, permit, timeoutMs);
        const response = await (limiter === undefined ? run(unlimited) : limiter.run(run, signal));
        return { ...response, attempts: attempt, latencyMs: performance.now() - startedAt };
      } catch (error) {
        if (signal?.aborted) throw cancelled();
        if (!(error instanceof ModelCallError) || !error.retryable) throw error;
        failure = error;
      }
      if (attempt > maxRetries) throw exhausted(model, failure, attempt);
      const delayMs = retryDelay(attempt, failure, backoff);
      onRetry?.({ attempt, delayMs, error: failure });
      await untilAborted(sleep(delayMs, signal), signal, cancelled);
    }
  }

  const reliable: ChatModel = {
    id: model.id,
    kind: model.kind,
    label: model.label,
    boxFormat: model.boxFormat,
    complete,
  };
  if (model.close !== undefined) reliable.close = () => model.close!();
  return reliable;
}
