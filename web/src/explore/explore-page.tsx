import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useApi } from '../api/use-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { loadGridPage } from './explore-api.ts';
import { EMPTY_QUERY, type ExploreQuery, isSearch, queryKey, queryPath, readQuery } from './explore-query.ts';
import type { BoardSummary } from './explore-types.ts';
import { FilterBar } from './filter-bar.tsx';
import { ImageQueryChip } from './image-query-chip.tsx';
import { MasonryGrid } from './masonry-grid.tsx';
import { ResultCount } from './result-count.tsx';
import { SearchBar } from './search-bar.tsx';
import { addUpload, findUpload, type UploadError } from './uploaded-images.ts';
import { useFacets } from './use-facets.ts';
import { rememberedScroll, useGridPages } from './use-grid-pages.ts';
import { useImageDrop } from './use-image-drop.ts';
import { useSentinel } from './use-sentinel.ts';
import './explore.css';

/** Explore: the catalog as a masonry grid, searched by text, image, board and filters from the URL. */
export function ExplorePage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const query = useMemo(() => readQuery(search), [search]);
  const key = queryKey(query);
  const load = useCallback(
    (offset: number, signal: AbortSignal) => loadGridPage(query, offset, signal),
    [query],
  );
  const pages = useGridPages(key, load);
  const boards = useApi<{ boards: BoardSummary[] }>('/api/boards');
  const facets = useFacets();
  const [uploadError, setUploadError] = useState<UploadError | Error>();
  const sentinel = useRef<HTMLDivElement>(null);
  const go = useCallback((next: ExploreQuery) => navigate(queryPath(next)), [navigate]);

  const onFile = useCallback(
    (file: File) => {
      setUploadError(undefined);
      addUpload(file)
        .then((upload) => go({ ...query, image: '', upload: upload.id }))
        .catch((error: unknown) => setUploadError(error instanceof Error ? error : new Error(String(error))));
    },
    [go, query],
  );
  const dragging = useImageDrop(onFile);
  useSentinel(sentinel, pages.loadMore, pages.cards.length);

  // Coming back from an item page: the remembered tiles are there, so their scroll position can be too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival.
  useEffect(() => {
    const y = rememberedScroll(key);
    if (y === undefined || y === 0) return;
    const frame = requestAnimationFrame(() => window.scrollTo(0, y));
    return () => cancelAnimationFrame(frame);
  }, []);

  const searching = isSearch(query);
  const upload = query.upload ? findUpload(query.upload) : undefined;
  const hasImage = Boolean(query.image || query.upload);
  const empty = !pages.loading && !pages.error && pages.cards.length === 0;

  return (
    <div className="explore-page">
      <h1 className="visually-hidden">Explore the catalog</h1>
      <div className="explore-search">
        <SearchBar
          text={query.text}
          board={query.board}
          boards={boards.data?.boards}
          boardsFailed={Boolean(boards.error)}
          onText={(text) => go({ ...query, text })}
          onBoard={(board) => go({ ...query, board })}
          onFile={onFile}
        />
      </div>
      <div className="explore-controls">
        <FilterBar
          filters={query.filters}
          facets={facets.facets}
          onChange={(filters) => go({ ...query, filters })}
        />
        {hasImage ? (
          <ImageQueryChip
            assetId={query.image}
            upload={upload}
            onRemove={() => go({ ...query, image: '', upload: '' })}
          />
        ) : null}
      </div>
      {uploadError ? <ErrorBanner error={uploadError} /> : null}
      {facets.error ? <ErrorBanner error={facets.error} onRetry={facets.retry} /> : null}
      <div className="explore-summary">
        <ResultCount
          searching={searching}
          filtered={query.filters.length > 0}
          shown={pages.cards.length}
          total={pages.total}
          passedFilters={pages.filtered}
        />
        {query.board ? (
          <Link href={`/boards/${encodeURIComponent(query.board)}`} className="board-link">
            {query.board}'s board
          </Link>
        ) : null}
        {searching || query.filters.length > 0 ? (
          <button type="button" className="link-button" onClick={() => go(EMPTY_QUERY)}>
            Back to the whole catalog
          </button>
        ) : null}
      </div>
      {pages.error && pages.cards.length === 0 ? (
        <ErrorBanner error={pages.error} onRetry={pages.retry} />
      ) : null}
      {empty ? (
        searching || query.filters.length > 0 ? (
          <EmptyState title="Nothing matches">
            <p>Try other words, remove a filter, or search with an image instead.</p>
          </EmptyState>
        ) : (
          <EmptyState title="The catalog is empty">
            <p>
              Index a folder of images with <code>atelier index SOURCE</code>, then restart{' '}
              <code>atelier serve</code>.
            </p>
          </EmptyState>
        )
      ) : null}
      {pages.cards.length > 0 ? (
        <MasonryGrid
          cards={pages.cards}
          testId="asset-grid"
          label={searching ? 'Search results' : 'Catalog'}
        />
      ) : null}
      {pages.error && pages.cards.length > 0 ? (
        <ErrorBanner error={pages.error} onRetry={pages.retry} />
      ) : null}
      <div ref={sentinel} className="grid-sentinel" aria-hidden="true" />
      {pages.loading ? <Loading label={pages.cards.length > 0 ? 'Loading more' : 'Loading'} /> : null}
      {!pages.hasMore && pages.cards.length > 0 ? (
        <p className="grid-end muted">That is everything.</p>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop an image to search with it</div>
        </div>
      ) : null}
    </div>
  );
}
