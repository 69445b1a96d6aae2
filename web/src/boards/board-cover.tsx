import { Link } from 'wouter';
import { LazyImage } from '../components/lazy-image.tsx';
import type { BoardSummary } from './board-types.ts';
import { aestheticLabel, percent, rankedArchetypes } from './taste-agreement.ts';

const TILES = 3;

/** A board as Pinterest shows one: a large image and two small ones, the name, the count, its aesthetic. */
export function BoardCover({ board }: { board: BoardSummary }) {
  const tiles = Array.from({ length: TILES }, (_, index) => board.preview[index]);
  const taste = board.latentTaste && Object.keys(board.latentTaste).length > 0 ? board.latentTaste : null;
  return (
    <Link
      href={`/boards/${encodeURIComponent(board.user)}`}
      className="board-card"
      data-testid="board-card"
      data-user={board.user}
    >
      <span className="board-collage">
        {tiles.map((item, index) =>
          item ? (
            <LazyImage
              key={item.id}
              src={item.thumbnailUrl}
              alt={item.title ?? item.id}
              className="board-collage-tile"
            />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: empty slots have nothing but their position.
            <span key={index} className="board-collage-tile is-empty" aria-hidden="true" />
          ),
        )}
      </span>
      <span className="board-card-name">{board.user}</span>
      <span className="board-card-meta">
        <span className="muted">
          {board.itemCount} item{board.itemCount === 1 ? '' : 's'}
        </span>
        {taste ? (
          <span
            className="aesthetic-chip"
            title={`World's latent taste: ${rankedArchetypes(taste)
              .map(([name, weight]) => `${name} ${percent(weight)}`)
              .join(', ')}`}
          >
            {aestheticLabel(taste)}
          </span>
        ) : null}
      </span>
    </Link>
  );
}
