/**
 * How long to wait before retry number `attempt` (0 for the first retry): the server's Retry-After
 * when it sent one (seconds or an HTTP date), else exponential backoff from `baseMs`; never more than
 * `maxMs`, so a server asking for an hour cannot stall an ingest silently.
 */
export function retryDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  retryAfter: string | null,
  now = Date.now(),
): number {
  const requested = parseRetryAfter(retryAfter, now);
  const delay = requested ?? baseMs * 2 ** attempt;
  return Math.min(maxMs, Math.max(0, delay));
}

export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects at once when `signal` aborts (the embedder was closed). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
