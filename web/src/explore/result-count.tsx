interface ResultCountProps {
  searching: boolean;
  filtered: boolean;
  shown: number;
  total: number | null;
  passedFilters: number | null;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** How many tiles there are: the catalog knows its total, a search knows it once read to the end. */
export function ResultCount({ searching, filtered, shown, total, passedFilters }: ResultCountProps) {
  let text: string;
  if (!searching) text = total === null ? '' : plural(total, 'item', 'items') + (filtered ? ' match' : '');
  else if (total !== null) text = plural(total, 'result', 'results');
  else text = shown > 0 ? `${shown.toLocaleString('en-US')}+ results` : '';
  return (
    <p className="result-count" data-testid="result-count" aria-live="polite">
      {text}
      {searching && passedFilters !== null ? (
        <span className="muted"> · {plural(passedFilters, 'item passes', 'items pass')} the filters</span>
      ) : null}
    </p>
  );
}
