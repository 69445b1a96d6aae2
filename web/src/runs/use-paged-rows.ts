import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';

export interface PageRequest {
  offset: number;
  limit: number;
  /** Keyset cursor: the position of the row just before this page, when that page is at hand. */
  after?: number;
  signal: AbortSignal;
}

export interface PageResult<T> {
  items: T[];
  total: number;
}

export interface PagedRows<T> {
  /** Rows matching the filter, as the server counts them; undefined until the first page answers. */
  total: number | undefined;
  error: ApiError | undefined;
  key: string;
  rowAt(index: number): T | undefined;
  /** The list index of a row among the pages in memory, or -1. */
  indexOf(predicate: (row: T) => boolean): number;
  /** Rows firstIndex..lastIndex are on screen: fetch their pages, drop far-away ones. */
  show(firstIndex: number, lastIndex: number): void;
  retry(): void;
}

/** Pages this far from the screen are still fetched (a page ahead scrolls in without a gap)… */
const PREFETCH_PAGES = 1;
/** …and pages further than this are dropped, so memory stays flat however far one scrolls. */
const KEEP_PAGES = 4;

/**
 * A list of `total` rows the server hands out a page at a time. Only the pages near the screen are
 * fetched and kept; a page right after one in memory is asked for by keyset cursor (`after`), which
 * the server answers from its index however deep the page is. A new key (filter) starts afresh.
 */
export function usePagedRows<T extends { position: number }>(
  key: string,
  fetchPage: (request: PageRequest) => Promise<PageResult<T>>,
  options: { pageSize?: number; keyset?: boolean; enabled?: boolean } = {},
): PagedRows<T> {
  const pageSize = options.pageSize ?? 100;
  const keyset = options.keyset ?? true;
  const enabled = options.enabled ?? true;
  const pages = useRef(new Map<number, T[]>());
  const inFlight = useRef(new Map<number, AbortController>());
  /** The key whose pages are in memory (the effect below moves it); `renderedKey` is this render's. */
  const currentKey = useRef(key);
  const renderedKey = useRef(key);
  renderedKey.current = key;
  const lastRange = useRef<[number, number]>([0, 0]);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const [total, setTotal] = useState<number>();
  const knownTotal = useRef<number | undefined>(undefined);
  knownTotal.current = total;
  const [error, setError] = useState<ApiError>();
  const [, setVersion] = useState(0);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      const controller = new AbortController();
      inFlight.current.set(page, controller);
      const before = pages.current.get(page - 1);
      const last = before?.at(-1);
      const request: PageRequest =
        keyset && before && last && before.length === pageSize
          ? { offset: 0, limit: pageSize, after: last.position, signal: controller.signal }
          : { offset: page * pageSize, limit: pageSize, signal: controller.signal };
      const forKey = currentKey.current;
      fetcher
        .current(request)
        .then((result) => {
          if (forKey !== currentKey.current || controller.signal.aborted) return;
          pages.current.set(page, result.items);
          setTotal(result.total);
          setVersion((value) => value + 1);
        })
        .catch((reason: unknown) => {
          if (controller.signal.aborted || forKey !== currentKey.current) return;
          setError(reason as ApiError);
        })
        .finally(() => {
          if (inFlight.current.get(page) === controller) inFlight.current.delete(page);
        });
    },
    [pageSize, keyset],
  );

  const show = useCallback(
    (firstIndex: number, lastIndex: number) => {
      lastRange.current = [firstIndex, lastIndex];
      const firstPage = Math.max(0, Math.floor(firstIndex / pageSize) - PREFETCH_PAGES);
      const pageCount = Math.ceil((knownTotal.current ?? 0) / pageSize);
      const lastPage = Math.min(pageCount - 1, Math.floor(lastIndex / pageSize) + PREFETCH_PAGES);
      for (const [page, controller] of inFlight.current) {
        if (page < firstPage || page > lastPage) {
          controller.abort();
          inFlight.current.delete(page);
        }
      }
      for (const page of pages.current.keys()) {
        if (page < firstPage - KEEP_PAGES || page > lastPage + KEEP_PAGES) pages.current.delete(page);
      }
      // The rows on screen first, then the prefetch on either side.
      const middle = Math.floor(firstIndex / pageSize);
      const wanted: number[] = [];
      for (let page = middle; page <= lastPage; page++) wanted.push(page);
      for (let page = middle - 1; page >= firstPage; page--) wanted.push(page);
      for (const page of wanted) load(page);
    },
    [load, pageSize],
  );

  useEffect(() => {
    currentKey.current = key;
    pages.current = new Map();
    for (const controller of inFlight.current.values()) controller.abort();
    inFlight.current = new Map();
    lastRange.current = [0, 0];
    setTotal(undefined);
    setError(undefined);
    setVersion((value) => value + 1);
    if (enabled) load(0);
    return () => {
      for (const controller of inFlight.current.values()) controller.abort();
      inFlight.current = new Map();
    };
  }, [key, load, enabled]);

  const retry = useCallback(() => {
    setError(undefined);
    const [first, last] = lastRange.current;
    show(first, last);
  }, [show]);

  // Between a new filter and the effect that clears the old pages, the old rows must not show.
  const rowAt = useCallback(
    (index: number) =>
      renderedKey.current !== currentKey.current
        ? undefined
        : pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );
  const indexOf = useCallback(
    (predicate: (row: T) => boolean) => {
      if (renderedKey.current !== currentKey.current) return -1;
      for (const [page, rows] of pages.current) {
        const found = rows.findIndex(predicate);
        if (found >= 0) return page * pageSize + found;
      }
      return -1;
    },
    [pageSize],
  );

  return { total: key !== currentKey.current ? undefined : total, error, key, rowAt, indexOf, show, retry };
}
