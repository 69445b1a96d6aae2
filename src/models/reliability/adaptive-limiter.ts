import { AtelierError } from '../../core/index.ts';

export interface AdaptiveLimiterOptions {
  /** Concurrent calls allowed at the start. */
  initial?: number;
  /** The most concurrent calls it ever grows to. */
  max?: number;
  /** Consecutive successes that earn one more concurrent call. */
  window?: number;
}

/** What a progress display shows: "3/8 in flight, 12 queued". */
export interface LimiterSnapshot {
  limit: number;
  inFlight: number;
  queued: number;
}

/**
 * The slot a running task holds. A task reports how its call went, so the limiter learns the
 * endpoint's capacity from the answers rather than from a number someone guessed.
 */
export interface LimiterPermit {
  reportRateLimited(): void;
  reportSuccess(): void;
}

export const DEFAULT_LIMITER = { initial: 4, max: 32, window: 10 } as const;

interface Waiter {
  start: () => void;
  reject: (error: unknown) => void;
}

function interrupted(): AtelierError {
  return new AtelierError('INTERRUPTED', 'the call was cancelled while it waited for a free slot', {
    hint: 'Nothing was sent for this call; run the command again to resume.',
  });
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new AtelierError('INVALID_ARGUMENT', `${name} must be a whole number of at least 1, got ${value}`, {
      hint: `Pass a ${name} of 1 or more.`,
    });
  }
  return value;
}

/**
 * Adaptive concurrency for one endpoint (AIMD, as TCP does): halve on a 429, add one after a window
 * of consecutive successes. A server's real capacity is rarely known and changes with its load, so a
 * fixed --concurrency is either too timid or a stream of 429s.
 */
export class AdaptiveLimiter {
  private current: number;
  private readonly max: number;
  private readonly window: number;
  private running = 0;
  private successes = 0;
  /** Bumped on every decrease: 429s from calls that started before it describe the old limit. */
  private generation = 0;
  private readonly waiting: Waiter[] = [];

  constructor(options: AdaptiveLimiterOptions = {}) {
    this.max = positiveInteger(options.max ?? DEFAULT_LIMITER.max, 'max');
    this.current = Math.min(this.max, positiveInteger(options.initial ?? DEFAULT_LIMITER.initial, 'initial'));
    this.window = positiveInteger(options.window ?? DEFAULT_LIMITER.window, 'window');
  }

  get limit(): number {
    return this.current;
  }

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  snapshot(): LimiterSnapshot {
    return { limit: this.current, inFlight: this.running, queued: this.waiting.length };
  }

  /**
   * Runs `task` once a slot is free, in the order calls arrived. Aborting `signal` while the task
   * waits removes it from the queue and rejects with INTERRUPTED; once running, the task itself owns
   * the signal.
   */
  run<T>(task: (permit: LimiterPermit) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(interrupted());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(interrupted());
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.execute(task).then(resolve, reject);
        },
        reject,
      };
      if (this.running < this.current && this.waiting.length === 0) {
        waiter.start();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private async execute<T>(task: (permit: LimiterPermit) => Promise<T>): Promise<T> {
    this.running++;
    const permit = this.permit(this.generation);
    try {
      return await task(permit);
    } finally {
      this.running--;
      this.pump();
    }
  }

  private permit(generation: number): LimiterPermit {
    let reported = false;
    return {
      reportRateLimited: () => {
        if (reported) return;
        reported = true;
        this.successes = 0;
        // Many calls in flight when the server starts refusing all see a 429; only the first of
        // them says anything new, so one burst halves the limit once rather than down to 1.
        if (generation !== this.generation) return;
        this.generation++;
        this.current = Math.max(1, Math.floor(this.current / 2));
      },
      reportSuccess: () => {
        if (reported) return;
        reported = true;
        this.successes++;
        if (this.successes < this.window) return;
        this.successes = 0;
        if (this.current < this.max) {
          this.current++;
          this.pump();
        }
      },
    };
  }

  private pump(): void {
    while (this.running < this.current && this.waiting.length > 0) this.waiting.shift()!.start();
  }
}

/** One limiter per endpoint, so two models served from the same base URL share its capacity. */
export class LimiterRegistry {
  private readonly limiters = new Map<string, AdaptiveLimiter>();

  /** The endpoint's limiter; `options` only shape it when this is the first call for the endpoint. */
  limiterFor(endpoint: string, options: AdaptiveLimiterOptions = {}): AdaptiveLimiter {
    const key = normaliseEndpoint(endpoint);
    let limiter = this.limiters.get(key);
    if (limiter === undefined) {
      limiter = new AdaptiveLimiter(options);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** Every endpoint's state, for a progress line that covers several servers. */
  snapshots(): Map<string, LimiterSnapshot> {
    return new Map([...this.limiters].map(([endpoint, limiter]) => [endpoint, limiter.snapshot()]));
  }
}

/** "http://Host:8000/v1/" and "http://host:8000/v1" are one server. */
export function normaliseEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return endpoint.trim().replace(/\/+$/, '');
  }
}

const processLimiters = new LimiterRegistry();

/** The process-wide limiter for `endpoint`. */
export function limiterFor(endpoint: string, options: AdaptiveLimiterOptions = {}): AdaptiveLimiter {
  return processLimiters.limiterFor(endpoint, options);
}
