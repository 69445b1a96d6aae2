import { type FormEvent, useEffect, useId, useState } from 'react';
import type { BoardSummary } from './explore-types.ts';

interface SearchBarProps {
  text: string;
  board: string;
  boards: BoardSummary[] | undefined;
  boardsFailed: boolean;
  onText: (text: string) => void;
  onBoard: (board: string) => void;
  onFile: (file: File) => void;
}

/** Text (Enter searches), an image from disk, and a user's board as the query. */
export function SearchBar({ text, board, boards, boardsFailed, onText, onBoard, onFile }: SearchBarProps) {
  const [draft, setDraft] = useState(text);
  const inputId = useId();
  const fileId = useId();
  useEffect(() => {
    setDraft(text);
  }, [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onText(draft.trim());
  };
  return (
    <form className="search-bar" onSubmit={submit}>
      <div className="search-field">
        <label htmlFor={inputId} className="visually-hidden">
          Search the catalog
        </label>
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={inputId}
          type="search"
          data-testid="search-input"
          placeholder="Search, e.g. navy blazer"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
        <input
          id={fileId}
          type="file"
          accept="image/*"
          className="visually-hidden"
          data-testid="image-upload"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
        <label htmlFor={fileId} className="image-button" title="Search with an image (or drop / paste one)">
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <rect
              x="2.5"
              y="4.5"
              width="15"
              height="11"
              rx="2"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
            <circle cx="10" cy="10" r="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <span className="visually-hidden">Search with an image</span>
        </label>
      </div>
      <label className="board-field">
        <span className="visually-hidden">Search by a user's board</span>
        <select
          data-testid="board-select"
          value={board}
          onChange={(event) => onBoard(event.target.value)}
          disabled={(boardsFailed || boards?.length === 0) && !board}
          title={
            boardsFailed
              ? 'Boards could not be loaded'
              : boards?.length === 0
                ? 'No user has a board in this home'
                : "Search with a user's board"
          }
        >
          <option value="">
            {boardsFailed ? 'boards unavailable' : boards?.length === 0 ? 'No boards' : 'By board…'}
          </option>
          {board && !boards?.some((summary) => summary.user === board) ? (
            <option value={board}>{board}</option>
          ) : null}
          {boards?.map((summary) => (
            <option key={summary.user} value={summary.user}>
              {summary.user} ({summary.itemCount})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" data-testid="search-submit">
        Search
      </button>
    </form>
  );
}
