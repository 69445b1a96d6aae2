import { useEffect, useRef } from 'react';
import type { QueryValue } from '../api/client.ts';
import { type ApiState, useApi } from '../api/use-api.ts';

/**
 * useApi that asks again while the answer says it is not final (a summary still being computed in
 * the background, a run still running). `pollAfter` returns the base delay in ms, or null to stop;
 * successive polls back off (×2, at most 15 s) so a long computation is not hammered.
 */
export function usePolledApi<T>(
  path: string | null,
  query: Record<string, QueryValue>,
  pollAfter: (data: T) => number | null,
): ApiState<T> & { polling: boolean } {
  const state = useApi<T>(path, query);
  const attempts = useRef(0);
  const { data, loading, reload } = state;
  const delay = data === undefined ? null : pollAfter(data);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path starts the back-off anew.
  useEffect(() => {
    attempts.current = 0;
  }, [path]);

  // Keyed on data too: each answer (even an identical one) schedules the next ask.
  // biome-ignore lint/correctness/useExhaustiveDependencies: data marks a fresh answer.
  useEffect(() => {
    if (loading) return;
    if (delay === null) {
      attempts.current = 0;
      return;
    }
    const wait = Math.min(15_000, delay * 2 ** Math.min(attempts.current, 4));
    const timer = window.setTimeout(() => {
      attempts.current += 1;
      reload();
    }, wait);
    return () => window.clearTimeout(timer);
  }, [data, delay, loading, reload]);

  return { ...state, polling: delay !== null };
}

/** The API's ways of saying "not ready yet": a null summary, or a pending flag. */
export function isPending(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return record.pending === true || record.summaryPending === true || record.summaryStatus === 'pending';
}
