import { useApi } from '../api/use-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { BoardCover } from './board-cover.tsx';
import type { BoardList } from './board-types.ts';
import './boards.css';

/** Every user's board as a cover; each opens the board and the taste inferred from it. */
export function BoardsPage() {
  const list = useApi<BoardList>('/api/boards');
  const boards = list.data?.boards;
  return (
    <div className="boards-page">
      <header className="board-header">
        <div>
          <h1>Boards</h1>
          <p className="muted">
            Each user's saved items. The chip is the aesthetic the world generated the board from.
          </p>
        </div>
      </header>
      {list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !boards ? <Loading label="Loading boards" /> : null}
      {boards && boards.length === 0 ? (
        <EmptyState title="No boards yet">
          <p>
            Boards come with an indexed world: run <code>atelier demo</code>, or index a world folder that has
            a <code>boards.jsonl</code>.
          </p>
        </EmptyState>
      ) : null}
      {boards && boards.length > 0 ? (
        <ul className="boards-grid" data-testid="boards-grid" aria-label="Boards">
          {boards.map((board) => (
            <li key={board.user}>
              <BoardCover board={board} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
