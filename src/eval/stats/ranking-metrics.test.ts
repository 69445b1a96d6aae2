import { describe, expect, it } from 'vitest';
import { dcgAt, hitAt, ndcgAt, recallAt, reciprocalRank } from './ranking-metrics.ts';

describe('dcgAt', () => {
  it('reproduces the worked example of the Wikipedia DCG article with linear gain', () => {
    // en.wikipedia.org/wiki/Discounted_cumulative_gain, "Example": relevances 3, 2, 3, 0, 1, 2 →
    // DCG6 = 3 + 1.262 + 1.5 + 0 + 0.387 + 0.712 = 6.861.
    expect(dcgAt([3, 2, 3, 0, 1, 2], 6, { gain: 'linear' })).toBeCloseTo(6.861, 3);
  });

  it('uses 2^rel − 1 by default (hand computation)', () => {
    // Gains 7, 3, 7, 0, 1, 3 over log2(2…7): 7/1 + 3/1.58496 + 7/2 + 0 + 1/2.58496 + 3/2.80735
    // = 7 + 1.89279 + 3.5 + 0.38685 + 1.06862 = 13.84826.
    expect(dcgAt([3, 2, 3, 0, 1, 2], 6)).toBeCloseTo(13.84826, 4);
    // Cut at k = 2: 7 + 3/log2(3).
    expect(dcgAt([3, 2, 3, 0, 1, 2], 2)).toBeCloseTo(7 + 3 / Math.log2(3), 12);
    expect(dcgAt([], 5)).toBe(0);
  });

  it('rejects negative grades and bad cutoffs', () => {
    expect(() => dcgAt([1, -1], 2)).toThrow(/≥ 0/);
    expect(() => dcgAt([1], 0)).toThrow(/cutoff/);
    expect(() => dcgAt([1], 2.5)).toThrow(/cutoff/);
  });
});

describe('ndcgAt', () => {
  it('reproduces the Wikipedia NDCG example (linear gain): 6.861 / 8.740 = 0.785', () => {
    // Documents D1…D6 ranked with relevances 3, 2, 3, 0, 1, 2, and two more judged documents D7 (3)
    // and D8 (2) that the ranking missed; the ideal order is 3, 3, 3, 2, 2, 2 with IDCG6 = 8.740.
    const relevance = { D1: 3, D2: 2, D3: 3, D4: 0, D5: 1, D6: 2, D7: 3, D8: 2 };
    const ranked = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];
    expect(ndcgAt(ranked, relevance, 6, { gain: 'linear' })).toBeCloseTo(0.785, 3);
  });

  it('is 1 for the ideal ranking, lower for another, and the same from a Map or a record', () => {
    const relevance = new Map([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
    expect(ndcgAt(['a', 'b', 'c'], relevance, 10)).toBe(1);
    // Swapped: (1 + 3/log2 3) / (3 + 1/log2 3) by hand.
    const swapped = (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3));
    expect(ndcgAt(['b', 'a'], relevance, 10)).toBeCloseTo(swapped, 12);
    expect(ndcgAt(['b', 'a'], { a: 2, b: 1, c: 0 }, 10)).toBeCloseTo(swapped, 12);
  });

  it('gives repeats nothing, so a ranking cannot beat its ideal', () => {
    expect(ndcgAt(['a', 'a', 'a'], { a: 1, b: 1 }, 3)).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 12);
  });

  it('is NaN when nothing is relevant', () => {
    expect(ndcgAt(['a', 'b'], { a: 0 }, 10)).toBeNaN();
    expect(ndcgAt(['a', 'b'], new Map(), 10)).toBeNaN();
  });
});

describe('recallAt, hitAt, reciprocalRank', () => {
  const ranked = ['x', 'a', 'y', 'b', 'z', 'c'];
  const relevant = new Set(['a', 'b', 'c', 'd']);

  it('count by hand', () => {
    expect(recallAt(ranked, relevant, 2)).toBe(1 / 4);
    expect(recallAt(ranked, relevant, 4)).toBe(2 / 4);
    expect(recallAt(ranked, relevant, 100)).toBe(3 / 4);
    expect(hitAt(ranked, relevant, 1)).toBe(0);
    expect(hitAt(ranked, relevant, 2)).toBe(1);
    expect(reciprocalRank(ranked, relevant)).toBe(1 / 2);
    expect(reciprocalRank(['q', 'r', 'c'], ['c'])).toBe(1 / 3);
    expect(reciprocalRank(['q', 'r'], ['c'])).toBe(0);
  });

  it('give the MRR of the standard three-query example as their mean', () => {
    // Wikipedia "Mean reciprocal rank" example: first correct answers at ranks 3, 2 and 1 →
    // (1/3 + 1/2 + 1)/3 = 11/18 ≈ 0.61.
    const queries: [string[], string[]][] = [
      [['catten', 'cati', 'cats'], ['cats']],
      [['torii', 'tori', 'toruses'], ['tori']],
      [['viruses', 'virii', 'viri'], ['viruses']],
    ];
    const mrr =
      queries.reduce((sum, [list, answer]) => sum + reciprocalRank(list, answer), 0) / queries.length;
    expect(mrr).toBeCloseTo(11 / 18, 12);
  });

  it('count a repeated id once', () => {
    expect(recallAt(['a', 'a'], ['a', 'b'], 2)).toBe(1 / 2);
  });

  it('are NaN when nothing is relevant', () => {
    expect(recallAt(ranked, [], 5)).toBeNaN();
    expect(hitAt(ranked, new Set(), 5)).toBeNaN();
    expect(reciprocalRank(ranked, [])).toBeNaN();
  });
});
