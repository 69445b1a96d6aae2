import type { Dispatch, SetStateAction } from 'react';

export interface SortState {
  column: string;
  descending: boolean;
}

interface SortHeaderProps {
  column: string;
  label: string;
  sort: SortState;
  onSort: Dispatch<SetStateAction<SortState>>;
  className?: string | undefined;
  /** Numbers read best first: the first click sorts high to low. */
  firstDescending?: boolean;
}

/** A column header that sorts its table; a second click reverses the order. */
export function SortHeader({
  column,
  label,
  sort,
  onSort,
  className,
  firstDescending = false,
}: SortHeaderProps) {
  const active = sort.column === column;
  return (
    <th className={className} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          onSort((current) => ({
            column,
            descending: current.column === column ? !current.descending : firstDescending,
          }))
        }
      >
        {label}
        {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}
