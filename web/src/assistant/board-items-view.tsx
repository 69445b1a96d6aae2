import { Link } from 'wouter';
import { useApi } from '../api/use-api.ts';
import { ErrorBanner } from '../components/error-banner.tsx';
import { ItemTile } from './item-tile.tsx';
import { asArray, asNumber, asRecord, asString } from './read-data.ts';

interface BoardCards {
  items: { id: string; thumbnailUrl: string }[];
}

const SHOWN = 12;

/**
 * get_board: the board's items. The tool's data names them without images, so the thumbnails come
 * from the board's own endpoint.
 */
export function BoardItemsView({ data }: { data: unknown }) {
  const record = asRecord(data);
  const user = asString(record?.user);
  const cards = useApi<BoardCards>(user ? `/api/boards/${encodeURIComponent(user)}` : null);
  const thumbnails = new Map(cards.data?.items.map((item) => [item.id, item.thumbnailUrl]));
  const items = asArray(record?.items).flatMap((value) => {
    const item = asRecord(value);
    const id = asString(item?.id);
    return item && id ? [{ id, title: asString(item.title), price: asNumber(item.price) }] : [];
  });
  if (!user) return null;
  return (
    <div className="board-view">
      {cards.error ? <ErrorBanner error={cards.error} onRetry={cards.reload} /> : null}
      <div className="item-grid">
        {items.slice(0, SHOWN).map((item) => (
          <ItemTile key={item.id} {...item} thumbnailUrl={thumbnails.get(item.id)} />
        ))}
      </div>
      <p className="muted board-view-more">
        {items.length} saved item{items.length === 1 ? '' : 's'}
        {items.length > SHOWN ? `, ${SHOWN} shown` : ''} ·{' '}
        <Link href={`/boards/${encodeURIComponent(user)}`}>open {user}'s board</Link>
      </p>
    </div>
  );
}
