import { type DisplayOutcome, displayOutcome } from './outcome.ts';

const LABELS: Record<DisplayOutcome, string> = {
  correct: 'correct',
  wrong: 'wrong',
  unparseable: 'unparseable',
  error: 'error',
  unscored: 'unscored',
};

/** A sample's outcome as a coloured badge; an unparseable answer is its own outcome, never "wrong". */
export function OutcomeBadge({ status, outcome }: { status: string; outcome: string | null }) {
  const shown = displayOutcome(status, outcome);
  return <span className={`badge badge-${shown}`}>{LABELS[shown]}</span>;
}
