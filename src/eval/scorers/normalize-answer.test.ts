import { describe, expect, it } from 'vitest';
import { exactMatch, normalizeAnswer } from './normalize-answer.ts';

describe('normalizeAnswer', () => {
  it.each([
    ['  Navy   Blue ', 'navy blue'],
    ['The navy skirt.', 'navy skirt'],
    ['the navy one', 'navy 1'],
    ['An A-line skirt!', 'line skirt'],
    ['two', '2'],
    ['Twenty', '20'],
    ['twenty one', '20 1'],
    ['3.5 cm', '3.5 cm'],
    ['grey', 'gray'],
    ['light-grey', 'light gray'],
    ['Beige, crème', 'beige creme'],
    ['"stripes"', 'stripes'],
  ])('%j → %j', (text, normalised) => {
    expect(normalizeAnswer(text)).toBe(normalised);
  });
});

describe('exactMatch', () => {
  it('accepts spelling, case, articles and number words', () => {
    expect(exactMatch('Two.', '2')).toBe(true);
    expect(exactMatch('2', 'two')).toBe(true);
    expect(exactMatch('Grey', 'gray')).toBe(true);
    expect(exactMatch('the top-left corner', 'top left corner')).toBe(true);
  });

  it('accepts aliases and nothing more', () => {
    expect(exactMatch('navy', 'navy blue', ['navy'])).toBe(true);
    expect(exactMatch('blue', 'navy blue', ['navy'])).toBe(false);
    expect(exactMatch('navy blue skirt', 'navy blue')).toBe(false);
    expect(exactMatch('three', '2')).toBe(false);
  });

  it('never matches an empty prediction', () => {
    expect(exactMatch('', '')).toBe(false);
    expect(exactMatch('the', 'a')).toBe(false);
  });
});
