import { Link } from 'wouter';
import { LazyImage } from '../components/lazy-image.tsx';
import { formatPrice } from './read-data.ts';

export interface ItemTileProps {
  id: string;
  title: string | undefined;
  price: number | undefined;
  thumbnailUrl: string | undefined;
}

/** A catalog item in a tool card: square thumbnail, title and price, linking to its Explore page. */
export function ItemTile({ id, title, price, thumbnailUrl }: ItemTileProps) {
  return (
    <Link href={`/items/${encodeURIComponent(id)}`} className="item-tile" title={`${title ?? id} (${id})`}>
      <div className="item-tile-image">
        {thumbnailUrl ? (
          <LazyImage src={thumbnailUrl} alt={title ?? id} width={1} height={1} className="item-tile-img" />
        ) : (
          <div className="image-missing" aria-hidden="true" />
        )}
      </div>
      <span className="item-tile-title">{title ?? id}</span>
      {price !== undefined ? <span className="item-tile-price">{formatPrice(price)}</span> : null}
    </Link>
  );
}
