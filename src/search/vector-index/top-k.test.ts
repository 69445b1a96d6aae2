import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.ts';

describe('TopK', () => {
  it('keeps the k best of a stream, best first, the smaller key winning a tie', () => {
    const scores = [0.1, 0.9, 0.5, 0.9, -0.3, 0.7, 0.5, 0.2];
    const top = new TopK(4);
    scores.forEach((score, index) => {
      top.offer(score, 100 - index);
    });
    expect(top.hits()).toEqual([
      { key: 97, score: 0.9 },
      { key: 99, score: 0.9 },
      { key: 95, score: 0.7 },
      { key: 94, score: 0.5 },
    ]);
  });

  it('agrees with a full sort on a long stream', () => {
    const top = new TopK(10);
    const all: { key: number; score: number }[] = [];
    for (let key = 0; key < 5000; key++) {
      const score = Math.sin(key * 12.9898) * 0.5;
      all.push({ key, score });
      top.offer(score, key);
    }
    const expected = all
      .sort((first, second) => second.score - first.score || first.key - second.key)
      .slice(0, 10);
    expect(top.hits()).toEqual(expected);
  });

  it('returns fewer than k when fewer were offered, and clamps scores into [-1, 1]', () => {
    const top = new TopK(5);
    top.offer(1.0000001, 1);
    top.offer(-1.0000001, 2);
    expect(top.hits()).toEqual([
      { key: 1, score: 1 },
      { key: 2, score: -1 },
    ]);
    expect(new TopK(0).hits()).toEqual([]);
  });
});
