import { ModelCallError } from '../model-call-error.ts';

export interface BackoffOptions {
  /** The ceiling of the first retry's wait; it doubles with every further attempt. */
  baseMs?: number;
  /** The ceiling the doubling stops at. */
  capMs?: number;
  /** The longest we ever wait, even when a server's Retry-After asks for more. */
  maxWaitMs?: number;
  /** A source of numbers in [0, 1): seeded in tests, Math.random otherwise. */
  random?: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 500, capMs: 30_000, maxWaitMs: 60_000 } as const;

/**
 * How long to wait before retrying after `attempt` (1 = the first try) failed with `error`: "full
 * jitter" (a uniform draw below a capped exponential), because many workers hitting the same server
 * spread out instead of retrying in lockstep. A server's Retry-After is a floor, since retrying earlier
 * only earns another 429; it is still capped at `maxWaitMs` so a confused server cannot park a run for
 * an hour.
 */
export function retryDelay(attempt: number, error: unknown, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const capMs = options.capMs ?? DEFAULT_BACKOFF.capMs;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_BACKOFF.maxWaitMs;
  // Jitter is meant to decorrelate processes, so the default is unseeded; tests pass a seeded source.
  const random = options.random ?? Math.random;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  const jittered = Math.floor(random() * ceiling);
  const serverAsked = error instanceof ModelCallError ? (error.retryAfterMs ?? 0) : 0;
  return Math.min(maxWaitMs, Math.max(jittered, serverAsked));
}
