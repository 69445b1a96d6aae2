import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { GridCard, GridPage } from './explore-types.ts';

export interface GridPages {
  cards: GridCard[];
  total: number | null;
  filtered: number | null;
  /** More pages wait on the server. */
  hasMore: boolean;
  loading: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  retry: () => void;
}

interface Loaded {
  key: string;
  cards: GridCard[];
  total: number | null;
  filtered: number | null;
  next: number | null;
}

export type PageLoader = (offset: number, signal: AbortSignal) => Promise<GridPage>;

/**
 * The last grid seen, kept across route changes: coming back from an item page shows the same
 * tiles at once instead of starting again from the first page (and its scroll position).
 */
let remembered: (Loaded & { scrollY: number }) | undefined;

export function rememberedScroll(key: string): number | undefined {
  return remembered?.key === key ? remembered.scrollY : undefined;
}

/** Pages of tiles for one query key, appended as the user scrolls; a new key starts over. */
export function useGridPages(key: string, load: PageLoader): GridPages {
  const [loaded, setLoaded] = useState<Loaded>(() =>
    remembered?.key === key ? remembered : { key, cards: [], total: null, filtered: null, next: 0 },
  );
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  const controller = useRef<AbortController | undefined>(undefined);
  const loadRef = useRef(load);
  loadRef.current = load;
  const current = loaded.key === key ? loaded : { key, cards: [], total: null, filtered: null, next: 0 };

  const fetchPage = useCallback((pageKey: string, offset: number) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setLoading(true);
    setError(undefined);
    loadRef
      .current(offset, abort.signal)
      .then((page) => {
        if (abort.signal.aborted) return;
        setLoaded((previous) => {
          const start = previous.key === pageKey && offset > 0 ? previous : undefined;
          const seen = new Set(start?.cards.map((card) => card.id));
          return {
            key: pageKey,
            cards: [...(start?.cards ?? []), ...page.cards.filter((card) => !seen.has(card.id))],
            total: page.total,
            filtered: page.filtered ?? null,
            next: page.next,
          };
        });
        setLoading(false);
      })
      .catch((reason: unknown) => {
        if (abort.signal.aborted) return;
        setError(reason as ApiError);
        setLoading(false);
      });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key is the only reason to start over.
  useEffect(() => {
    if (remembered?.key === key && loaded.key === key && loaded.cards.length > 0) return;
    setLoaded({ key, cards: [], total: null, filtered: null, next: 0 });
    fetchPage(key, 0);
    return () => controller.current?.abort();
  }, [key, fetchPage]);

  useEffect(() => {
    return () => {
      remembered = { ...loaded, scrollY: window.scrollY };
    };
  }, [loaded]);

  const loadMore = useCallback(() => {
    if (loading || error || current.next === null || current.cards.length === 0) return;
    fetchPage(key, current.next);
  }, [loading, error, current.next, current.cards.length, fetchPage, key]);

  const retry = useCallback(() => {
    fetchPage(key, current.cards.length === 0 ? 0 : (current.next ?? 0));
  }, [fetchPage, key, current.cards.length, current.next]);

  return {
    cards: current.cards,
    total: current.total,
    filtered: current.filtered,
    hasMore: current.next !== null,
    loading: loading || (current.cards.length === 0 && current.next === 0 && !error),
    error,
    loadMore,
    retry,
  };
}
