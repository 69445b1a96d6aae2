import type { CSSProperties } from 'react';
import { Link } from 'wouter';
import { LazyImage } from '../components/lazy-image.tsx';
import type { GridCard } from './explore-types.ts';
import { formatPrice } from './format-price.ts';

interface AssetTileProps {
  card: GridCard;
  style: CSSProperties;
  imageHeight: number;
  captionHeight: number;
  eager: boolean;
}

/** One masonry tile: the thumbnail, its reasons on hover when a search gave any, then title and price. */
export function AssetTile({ card, style, imageHeight, captionHeight, eager }: AssetTileProps) {
  const title = card.title ?? card.id;
  const why = card.why && card.why.length > 0 ? card.why : undefined;
  return (
    <Link
      href={`/items/${encodeURIComponent(card.id)}`}
      className="asset-tile"
      style={style}
      data-testid="asset-card"
      data-asset-id={card.id}
      title={title}
    >
      <div className="asset-tile-image" style={{ height: imageHeight }}>
        <LazyImage
          src={card.thumbnailUrl}
          alt={title}
          width={card.width}
          height={card.height}
          eager={eager}
        />
        {why ? (
          <ul className="asset-tile-why" aria-label="Why this result">
            {why.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="asset-tile-caption" style={{ height: captionHeight }}>
        <span className="asset-tile-title">{title}</span>
        <span className="asset-tile-meta">
          <span>{card.category ?? ''}</span>
          <span className="asset-tile-price">{formatPrice(card.price)}</span>
          {typeof card.score === 'number' && card.score > 0 ? (
            <span className="asset-tile-score" title="Search score (higher ranks first)">
              {card.score < 0.1 ? card.score.toFixed(3) : card.score.toFixed(2)}
            </span>
          ) : null}
        </span>
      </div>
    </Link>
  );
}
