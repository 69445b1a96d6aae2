import { describe, expect, it } from 'vitest';
import { balancedPosition, balancedYes, placeAnswer } from './balanced-positions.ts';

describe('balancedPosition', () => {
  it('puts the answer at every position exactly equally often over each cycle of 2 × count', () => {
    for (const count of [2, 3, 4, 5, 7]) {
      const tally = Array.from({ length: count }, () => 0);
      for (let ordinal = 0; ordinal < 2 * count * 5; ordinal++)
        tally[balancedPosition(9, 'test', ordinal, count)]!++;
      expect(tally).toEqual(Array.from({ length: count }, () => 10));
    }
  });

  it('gives the two ordinals of a minimal pair (2m, 2m + 1) different positions', () => {
    for (const count of [2, 3, 4, 6]) {
      for (let ordinal = 0; ordinal < 200; ordinal += 2) {
        expect(balancedPosition(3, 'pairs', ordinal, count)).not.toBe(
          balancedPosition(3, 'pairs', ordinal + 1, count),
        );
      }
    }
  });

  it('is seeded: the same seed repeats the order, another seed changes it', () => {
    const order = (seed: number) =>
      Array.from({ length: 24 }, (_, ordinal) => balancedPosition(seed, 'x', ordinal, 4));
    expect(order(1)).toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
  });
});

describe('balancedYes and placeAnswer', () => {
  it('says yes for exactly half of any even number of ordinals', () => {
    const answers = Array.from({ length: 40 }, (_, ordinal) => balancedYes(5, 'compat', ordinal));
    expect(answers.filter(Boolean)).toHaveLength(20);
    const alternating = answers.map((_, ordinal) => ordinal % 2 === 0);
    expect(answers).not.toEqual(alternating);
    expect(answers).not.toEqual(alternating.map((yes) => !yes));
  });

  it('inserts the answer at the position, keeping the distractors in order', () => {
    expect(placeAnswer('x', ['a', 'b', 'c'], 0)).toEqual(['x', 'a', 'b', 'c']);
    expect(placeAnswer('x', ['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'x', 'c']);
    expect(placeAnswer('x', ['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c', 'x']);
  });
});
