import { AtelierError, type ErrorCode } from '../core/index.ts';

export interface ModelCallErrorDetails {
  /** HTTP status, when the server answered. */
  status?: number;
  /** Milliseconds the server asked us to wait (Retry-After), when it said. */
  retryAfterMs?: number;
  /** True for what a later attempt may fix: 429, 5xx, timeouts, dropped connections. */
  retryable: boolean;
  /** The endpoint (base URL) that failed, for messages and per-endpoint concurrency. */
  endpoint?: string;
}

/**
 * A failed model call, as every adapter reports it: the retry layer reads `retryable` and
 * `retryAfterMs` and never has to know a provider's error classes.
 */
export class ModelCallError extends AtelierError {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retryable: boolean;
  readonly endpoint: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details: ModelCallErrorDetails,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(code, message, options);
    this.name = 'ModelCallError';
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.retryable = details.retryable;
    this.endpoint = details.endpoint;
  }
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
