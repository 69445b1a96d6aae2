import { describe, expect, it } from 'vitest';
import { aestheticLabel, mixtureOverlap, percent, rankedArchetypes } from './taste-agreement.ts';

describe('rankedArchetypes and aestheticLabel', () => {
  it('lists archetypes strongest first', () => {
    const mixture = { romantic: 0.2, minimalist: 0.5, edgy: 0.3 };
    expect(rankedArchetypes(mixture)).toEqual([
      ['minimalist', 0.5],
      ['edgy', 0.3],
      ['romantic', 0.2],
    ]);
    expect(aestheticLabel(mixture)).toBe('minimalist + edgy + romantic');
  });

  it('keeps the given order for equal weights, and is empty for no archetypes', () => {
    expect(aestheticLabel({ boho: 0.5, classic: 0.5 })).toBe('boho + classic');
    expect(aestheticLabel({})).toBe('');
  });
});

describe('mixtureOverlap', () => {
  it('is 1 for the same mixture, in any key order', () => {
    expect(mixtureOverlap({ a: 0.6, b: 0.4 }, { b: 0.4, a: 0.6 })).toBe(1);
  });

  it('is 0 when no archetype is shared', () => {
    expect(mixtureOverlap({ a: 1 }, { b: 1 })).toBe(0);
    expect(mixtureOverlap({}, { b: 1 })).toBe(0);
  });

  it('sums the smaller weight of each shared archetype', () => {
    // a: min(0.6, 0.3) = 0.3; b: min(0.4, 0) = 0; c only in the second → 0.3.
    expect(mixtureOverlap({ a: 0.6, b: 0.4 }, { a: 0.3, c: 0.7 })).toBe(0.3);
    // a: min(0.7, 0.5) = 0.5; b: min(0.3, 0.5) = 0.3 → 0.8, the same either way round.
    expect(mixtureOverlap({ a: 0.7, b: 0.3 }, { a: 0.5, b: 0.5 })).toBe(0.8);
    expect(mixtureOverlap({ a: 0.5, b: 0.5 }, { a: 0.7, b: 0.3 })).toBe(0.8);
  });

  it('rounds to two decimals', () => {
    // min(0.333, 0.5) + min(0.667, 0.5) = 0.833 → 0.83.
    expect(mixtureOverlap({ a: 0.333, b: 0.667 }, { a: 0.5, b: 0.5 })).toBe(0.83);
  });
});

describe('percent', () => {
  it('rounds a share to a whole percent', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(0.257)).toBe('26%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
  });
});
