import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from './api-error.ts';
import { apiGet, type QueryValue } from './client.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * GETs `path` whenever it or the query changes; a newer request aborts the older one, so a slow
 * answer never overwrites a fresh one. `path` null means "nothing to load yet".
 */
export function useApi<T>(path: string | null, query: Record<string, QueryValue> = {}): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for query; generation forces a reload.
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    apiGet<T>(path, JSON.parse(key) as Record<string, QueryValue>, controller.signal)
      .then((value) => {
        setData(value);
        setLoading(false);
      })
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason as ApiError);
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
