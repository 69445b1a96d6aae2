import { describe, expect, it } from 'vitest';
import { displayOutcome, parseOutcomeFilter } from './outcome.ts';

describe('displayOutcome', () => {
  it('shows a failed call as an error whatever its stored outcome', () => {
    expect(displayOutcome('error', 'correct')).toBe('error');
    expect(displayOutcome('error', null)).toBe('error');
  });

  it('shows the scored outcome of a finished sample, and unscored otherwise', () => {
    expect(displayOutcome('done', 'correct')).toBe('correct');
    expect(displayOutcome('done', 'wrong')).toBe('wrong');
    expect(displayOutcome('done', 'unparseable')).toBe('unparseable');
    expect(displayOutcome('done', null)).toBe('unscored');
    expect(displayOutcome('done', 'error')).toBe('unscored');
    expect(displayOutcome('done', 'something-new')).toBe('unscored');
  });
});

describe('parseOutcomeFilter', () => {
  it('accepts the four filters and nothing else', () => {
    expect(parseOutcomeFilter('wrong')).toBe('wrong');
    expect(parseOutcomeFilter('correct')).toBe('correct');
    expect(parseOutcomeFilter('unparseable')).toBe('unparseable');
    expect(parseOutcomeFilter('error')).toBe('error');
    expect(parseOutcomeFilter('unscored')).toBeUndefined();
    expect(parseOutcomeFilter('WRONG')).toBeUndefined();
    expect(parseOutcomeFilter(null)).toBeUndefined();
  });
});
