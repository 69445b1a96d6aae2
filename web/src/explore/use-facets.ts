import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { apiGet } from '../api/client.ts';
import type { Facets } from './explore-types.ts';

/**
 * The last answer in this tab, shown at once when Explore or an item page opens again (so the
 * pickers do not empty and refill) while a fresh answer, which costs the server milliseconds, is
 * asked for in case the catalog was re-indexed meanwhile.
 */
let last: Facets | undefined;

export interface FacetsState {
  facets: Facets | undefined;
  error: ApiError | undefined;
  retry: () => void;
}

/** GET /api/facets: the values this catalog holds for the filter pickers. */
export function useFacets(): FacetsState {
  const [facets, setFacets] = useState(last);
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation forces a reload.
  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    apiGet<Facets>('/api/facets', {}, controller.signal)
      .then((value) => {
        last = value;
        setFacets(value);
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) setError(reason as ApiError);
      });
    return () => controller.abort();
  }, [generation]);
  const retry = useCallback(() => setGeneration((value) => value + 1), []);
  return { facets, error, retry };
}
