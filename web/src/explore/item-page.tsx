import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { imageSrc } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { AttributeList } from './attribute-list.tsx';
import { EMPTY_QUERY, queryPath } from './explore-query.ts';
import type { AssetAnswer } from './explore-types.ts';
import { formatPrice } from './format-price.ts';
import { MasonryGrid } from './masonry-grid.tsx';
import { useFacets } from './use-facets.ts';
import './explore.css';
import './item-page.css';

const SIMILAR = 24;

function RecordFacts({ asset }: { asset: AssetAnswer['asset'] }) {
  const tags = Array.isArray(asset.tags) ? asset.tags.map(String) : [];
  return (
    <dl className="record-facts">
      {tags.length > 0 ? (
        <div>
          <dt>Tags</dt>
          <dd className="tag-list">
            {tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Id</dt>
        <dd>
          <code>{asset.id}</code>
        </dd>
      </div>
      {asset.width && asset.height ? (
        <div>
          <dt>Size</dt>
          <dd>
            {asset.width} × {asset.height} px
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Source</dt>
        <dd>
          <code>{asset.source}</code>
        </dd>
      </div>
      <div>
        <dt>SHA-256</dt>
        <dd>
          <code title={asset.sha256}>{asset.sha256.slice(0, 16)}…</code>
        </dd>
      </div>
      {asset.updatedAt ? (
        <div>
          <dt>Updated</dt>
          <dd>{new Date(asset.updatedAt).toLocaleString()}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** One catalog item: the full image, every attribute, and the items that look like it. */
export function ItemPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const answer = useApi<AssetAnswer>(`/api/assets/${encodeURIComponent(id)}`, { similar: SIMILAR });
  // Swatches only: without them (still loading, or the request failed) colours read as plain words.
  const { facets } = useFacets();
  const swatches = useMemo(
    () =>
      new Map(
        (facets?.values.color ?? []).flatMap((color) =>
          color.hex ? [[color.value, color.hex] as const] : [],
        ),
      ),
    [facets],
  );
  // A similar item opens in place of this one; it should open at its top, not mid-grid.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new id is exactly when to scroll.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [id]);
  if (answer.error) {
    return (
      <div className="item-page" data-testid="item-page">
        <h1>{id}</h1>
        <ErrorBanner error={answer.error} onRetry={answer.reload} />
        <p>
          <Link href="/">Back to Explore</Link>
        </p>
      </div>
    );
  }
  const data = answer.data?.asset.id === id ? answer.data : undefined;
  if (!data) {
    return (
      <div className="item-page" data-testid="item-page">
        <h1 className="visually-hidden">{id}</h1>
        <Loading label="Loading the item" />
      </div>
    );
  }
  const { asset, similar } = data;
  const title = asset.title ?? asset.id;
  const ratio = asset.width && asset.height ? `${asset.width} / ${asset.height}` : undefined;
  return (
    <div className="item-page" data-testid="item-page">
      <nav className="item-back" aria-label="Breadcrumb">
        <button
          type="button"
          className="link-button"
          onClick={() => (window.history.length > 1 ? window.history.back() : navigate('/'))}
        >
          ← Back
        </button>
      </nav>
      <article className="item-layout">
        <figure className="item-figure card">
          <a
            href={imageSrc(asset.url)}
            target="_blank"
            rel="noreferrer"
            title="Open the full-resolution image"
          >
            <img
              src={imageSrc(asset.url)}
              alt={title}
              width={asset.width ?? undefined}
              height={asset.height ?? undefined}
              style={ratio ? { aspectRatio: ratio } : undefined}
              decoding="async"
            />
          </a>
        </figure>
        <div className="item-details">
          <p className="item-category">{asset.category ?? 'uncategorised'}</p>
          <h1>{title}</h1>
          {asset.price !== null ? <p className="item-price">{formatPrice(asset.price)}</p> : null}
          {asset.caption ? <p className="item-caption">{asset.caption}</p> : null}
          {asset.description && asset.description !== asset.caption ? (
            <p className="item-caption">{asset.description}</p>
          ) : null}
          <div className="item-actions">
            <button
              type="button"
              className="primary"
              onClick={() => navigate(queryPath({ ...EMPTY_QUERY, image: asset.id }))}
            >
              Search similar
            </button>
            <Link href={`/assistant?asset=${encodeURIComponent(asset.id)}`} className="button">
              Ask the assistant
            </Link>
          </div>
          <h2>Attributes</h2>
          <AttributeList attributes={asset.attributes} swatches={swatches} />
          <h2>Record</h2>
          <RecordFacts asset={asset} />
        </div>
      </article>
      <section className="similar-items" data-testid="similar-items" aria-labelledby="similar-heading">
        <h2 id="similar-heading">Similar items</h2>
        {similar.length > 0 ? (
          <MasonryGrid cards={similar} label="Similar items" />
        ) : (
          <EmptyState title="No similar items">
            <p className="muted">Similar items need an indexed catalog with image embeddings.</p>
          </EmptyState>
        )}
      </section>
    </div>
  );
}
