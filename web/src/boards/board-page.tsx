import { Link } from 'wouter';
import { useApi } from '../api/use-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { BoardItemCard } from './board-item-card.tsx';
import { BoardRecommendations } from './board-recommendations.tsx';
import type { AssetCard, BoardDetail } from './board-types.ts';
import { MasonryGrid } from './masonry-grid.tsx';
import { TastePanel } from './taste-panel.tsx';
import './boards.css';

function itemKey(item: AssetCard): string {
  return item.id;
}

function itemAspect(item: AssetCard): number {
  return item.width && item.height ? item.height / item.width : 1;
}

function renderItem(item: AssetCard) {
  return <BoardItemCard item={item} />;
}

/** One user's board: the saved items, the taste they reveal next to the true one, and what fits it. */
export function BoardPage({ user }: { user: string }) {
  const board = useApi<BoardDetail>(`/api/boards/${encodeURIComponent(user)}`);
  const data = board.data?.user === user ? board.data : undefined;

  return (
    <div className="board-page" data-testid="board-page">
      <nav className="board-breadcrumb muted" aria-label="Breadcrumb">
        <Link href="/boards">Boards</Link> / <span aria-current="page">{user}</span>
      </nav>
      <header className="board-header">
        <div>
          <h1>{user}</h1>
          {data ? (
            <p className="muted">
              {data.items.length} saved item{data.items.length === 1 ? '' : 's'}
              {data.missing.length > 0 ? ` · ${data.missing.length} no longer in the catalog` : ''} · updated{' '}
              {new Date(data.updatedAt).toLocaleDateString()}
            </p>
          ) : null}
        </div>
        {board.error ? null : (
          <Link href={`/assistant?board=${encodeURIComponent(user)}`} className="button primary">
            Ask the assistant about this board
          </Link>
        )}
      </header>

      {board.error ? <ErrorBanner error={board.error} onRetry={board.reload} /> : null}
      {board.loading && !data ? <Loading label="Loading the board" /> : null}

      {data ? (
        <div className="board-layout">
          <aside className="board-aside">
            <TastePanel
              latent={data.latentTaste}
              inferred={data.inferredTaste}
              profiles={data.archetypes}
              colors={data.colors}
            />
          </aside>
          <div className="board-main">
            <section aria-labelledby="board-items-heading">
              <h2 id="board-items-heading" className="visually-hidden">
                Saved items
              </h2>
              {data.items.length > 0 ? (
                <MasonryGrid
                  items={data.items}
                  itemKey={itemKey}
                  aspect={itemAspect}
                  renderItem={renderItem}
                  testId="board-items"
                />
              ) : (
                <div data-testid="board-items">
                  <EmptyState title="This board is empty">
                    <p>None of its saved items is in the catalog.</p>
                  </EmptyState>
                </div>
              )}
            </section>
            <BoardRecommendations user={user} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
