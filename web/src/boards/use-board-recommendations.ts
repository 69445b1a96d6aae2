import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { searchBoard } from './board-search.ts';
import type { SearchHit } from './board-types.ts';

const PAGE = 12;
const MOST = 96;

export interface BoardRecommendations {
  hits: SearchHit[];
  error: ApiError | undefined;
  loading: boolean;
  /** False once the catalog ran out or the page shows MOST. */
  canLoadMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * Board search, a page at a time: more results are appended (offset), so the cards already on
 * screen stay where they are. A new user or a reload aborts whatever is in flight.
 */
export function useBoardRecommendations(user: string): BoardRecommendations {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [exhausted, setExhausted] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    (offset: number) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      setError(undefined);
      searchBoard(user, PAGE, offset, current.signal)
        .then((answer) => {
          setHits((previous) => (offset === 0 ? answer.results : [...previous, ...answer.results]));
          setExhausted(answer.results.length < PAGE);
          setLoading(false);
        })
        .catch((reason: unknown) => {
          if (current.signal.aborted) return;
          setError(reason as ApiError);
          setLoading(false);
        });
    },
    [user],
  );

  useEffect(() => {
    setHits([]);
    setExhausted(false);
    load(0);
    return () => controller.current?.abort();
  }, [load]);

  const loadMore = useCallback(() => load(hits.length), [load, hits.length]);
  const reload = useCallback(() => load(0), [load]);
  return {
    hits,
    error,
    loading,
    canLoadMore: !exhausted && hits.length > 0 && hits.length < MOST,
    loadMore,
    reload,
  };
}
