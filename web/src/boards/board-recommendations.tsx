import { Link } from 'wouter';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { LazyImage } from '../components/lazy-image.tsx';
import { Loading } from '../components/loading.tsx';
import { formatPrice } from './board-item-card.tsx';
import { hitThumbnail } from './board-search.ts';
import type { SearchHit } from './board-types.ts';
import { useBoardRecommendations } from './use-board-recommendations.ts';

function RecommendationCard({ hit }: { hit: SearchHit }) {
  const title = hit.title ?? hit.id;
  const details = [hit.category, formatPrice(hit.price)].filter(Boolean).join(' · ');
  return (
    <Link
      href={`/items/${encodeURIComponent(hit.id)}`}
      className="recommendation-card"
      data-item-id={hit.id}
      title={hit.why.join('\n')}
    >
      {/* Search hits carry no image size: a square frame keeps the grid still while images load. */}
      <span className="recommendation-frame">
        <LazyImage src={hitThumbnail(hit)} alt={title} />
      </span>
      <span className="board-item-title">{title}</span>
      <span className="board-item-details muted">
        #{hit.rank}
        {details ? ` · ${details}` : ''}
      </span>
    </Link>
  );
}

/** Catalog items the board search ranks nearest the board's items, excluding the board itself. */
export function BoardRecommendations({ user }: { user: string }) {
  const { hits, error, loading, canLoadMore, loadMore, reload } = useBoardRecommendations(user);
  return (
    <section
      className="board-recommendations"
      data-testid="board-recommendations"
      aria-labelledby="recommendations-heading"
    >
      <h2 id="recommendations-heading">Recommended for this board</h2>
      <p className="muted board-section-note">
        Board search: catalog items nearest the centroid of the saved items, the saved items left out.
      </p>
      {hits.length > 0 ? (
        <ul className="recommendation-grid" aria-label="Recommended items">
          {hits.map((hit) => (
            <li key={hit.id}>
              <RecommendationCard hit={hit} />
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorBanner error={error} onRetry={hits.length > 0 ? loadMore : reload} /> : null}
      {loading ? <Loading label="Searching the catalog" /> : null}
      {!loading && !error && hits.length === 0 ? (
        <EmptyState title="No recommendations">
          <p>The catalog has nothing beyond this board's own items.</p>
        </EmptyState>
      ) : null}
      {canLoadMore && !loading && !error ? (
        <div className="board-more">
          <button type="button" onClick={loadMore}>
            Show more
          </button>
        </div>
      ) : null}
    </section>
  );
}
