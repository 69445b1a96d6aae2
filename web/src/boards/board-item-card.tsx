import { Link } from 'wouter';
import { LazyImage } from '../components/lazy-image.tsx';
import type { AssetCard } from './board-types.ts';

export function formatPrice(price: number | null): string | null {
  return price === null ? null : `$${price.toFixed(2)}`;
}

/** A saved item: the image at its own proportions, its title and what it is. */
export function BoardItemCard({ item }: { item: AssetCard }) {
  const title = item.title ?? item.id;
  const details = [item.category, formatPrice(item.price)].filter(Boolean).join(' · ');
  return (
    <Link href={`/items/${encodeURIComponent(item.id)}`} className="board-item-card" data-item-id={item.id}>
      <LazyImage src={item.thumbnailUrl} alt={title} width={item.width ?? 1} height={item.height ?? 1} />
      <span className="board-item-title">{title}</span>
      {details ? <span className="board-item-details muted">{details}</span> : null}
    </Link>
  );
}
