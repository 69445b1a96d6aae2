import { type FormEvent, useEffect, useState } from 'react';
import { formatCount } from './format.ts';
import type { OutcomeFilter } from './outcome.ts';
import type { RunCounts } from './run-types.ts';

interface SampleFiltersProps {
  outcome: OutcomeFilter | undefined;
  text: string;
  /** Rows matching the filter, as the server counted them. */
  total: number | undefined;
  counts: RunCounts | undefined;
  runTotal: number | undefined;
  onOutcome: (outcome: OutcomeFilter | undefined) => void;
  onText: (text: string) => void;
  onJump: (index: number) => void;
}

const BUTTONS: { outcome: OutcomeFilter | undefined; label: string; testId: string }[] = [
  { outcome: undefined, label: 'All', testId: 'outcome-filter-all' },
  { outcome: 'wrong', label: 'Wrong', testId: 'outcome-filter-wrong' },
  { outcome: 'unparseable', label: 'Unparseable', testId: 'outcome-filter-unparseable' },
  { outcome: 'error', label: 'Errors', testId: 'outcome-filter-error' },
  { outcome: 'correct', label: 'Correct', testId: 'outcome-filter-correct' },
];

function countFor(outcome: OutcomeFilter | undefined, counts: RunCounts | undefined, runTotal?: number) {
  if (!counts) return undefined;
  if (outcome === undefined) return counts.done + counts.error || runTotal;
  return outcome === 'error' ? counts.error : counts[outcome];
}

/** Outcome buttons, a text filter (typed text settles before it is sent) and "go to row". */
export function SampleFilters({
  outcome,
  text,
  total,
  counts,
  runTotal,
  onOutcome,
  onText,
  onJump,
}: SampleFiltersProps) {
  const [draft, setDraft] = useState(text);
  const [jump, setJump] = useState('');

  // The URL is the source of truth: back/forward or a pasted link updates the field.
  useEffect(() => setDraft(text), [text]);

  useEffect(() => {
    if (draft.trim() === text) return;
    const timer = window.setTimeout(() => onText(draft.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [draft, text, onText]);

  const submitJump = (event: FormEvent) => {
    event.preventDefault();
    const row = Number.parseInt(jump, 10);
    if (Number.isFinite(row) && row >= 1) onJump(row - 1);
  };

  return (
    <div className="toolbar sample-filters">
      <fieldset className="outcome-filter" data-testid="outcome-filter">
        <legend className="visually-hidden">Outcome</legend>
        {BUTTONS.map((button) => {
          const count = countFor(button.outcome, counts, runTotal);
          return (
            <button
              key={button.testId}
              type="button"
              data-testid={button.testId}
              className={outcome === button.outcome ? 'is-active' : ''}
              aria-pressed={outcome === button.outcome}
              onClick={() => onOutcome(button.outcome)}
            >
              {button.label}
              {count === undefined ? null : <span className="filter-count">{formatCount(count)}</span>}
            </button>
          );
        })}
      </fieldset>
      <label className="text-filter">
        <span className="visually-hidden">Filter by text</span>
        <input
          type="search"
          placeholder="Filter: id, question or answer text"
          value={draft}
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <span className="toolbar-spacer" />
      <span className="muted" aria-live="polite">
        <span data-testid="sample-count" data-count={total ?? ''}>
          {total === undefined ? '…' : formatCount(total)}
        </span>{' '}
        sample{total === 1 ? '' : 's'}
      </span>
      <form className="jump-form" onSubmit={submitJump}>
        <label>
          <span className="muted">Row</span>
          <input
            type="number"
            min={1}
            max={total}
            value={jump}
            onChange={(event) => setJump(event.target.value)}
            aria-label="Go to row number"
          />
        </label>
        <button type="submit" disabled={!total}>
          Go
        </button>
      </form>
    </div>
  );
}
