/** The outcomes a sample list can be filtered by, as the API names them (sample-query.ts). */
export const OUTCOME_FILTERS = ['wrong', 'unparseable', 'error', 'correct'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export type DisplayOutcome = 'correct' | 'wrong' | 'unparseable' | 'error' | 'unscored';

/** A failed model call has no outcome of its own; a stored answer without a score is "unscored". */
export function displayOutcome(status: string, outcome: string | null): DisplayOutcome {
  if (status === 'error') return 'error';
  if (outcome === 'correct' || outcome === 'wrong' || outcome === 'unparseable') return outcome;
  return 'unscored';
}

export function parseOutcomeFilter(value: string | null): OutcomeFilter | undefined {
  return OUTCOME_FILTERS.find((outcome) => outcome === value);
}
