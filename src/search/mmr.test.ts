import { describe, expect, it } from 'vitest';
import { maximalMarginalRelevance } from './mmr.ts';

const unit = (x: number, y: number) => {
  const length = Math.hypot(x, y);
  return new Float32Array([x / length, y / length]);
};

describe('maximalMarginalRelevance', () => {
  // 1 and 2 are near-duplicates (cos ≈ 0.9999); 3 is orthogonal to both.
  const candidates = [
    { key: 1, relevance: 1.0, vector: unit(1, 0) },
    { key: 2, relevance: 0.95, vector: unit(1, 0.01) },
    { key: 3, relevance: 0.6, vector: unit(0, 1) },
  ];

  it('λ = 1 keeps the relevance order', () => {
    expect(maximalMarginalRelevance(candidates, 3, 1)).toEqual([1, 2, 3]);
  });

  it('λ = 0.5 promotes the different item over the near-duplicate', () => {
    // After picking 1: key 2 → 0.5·0.95 − 0.5·0.99995 = −0.025; key 3 → 0.5·0.6 − 0 = 0.3.
    expect(maximalMarginalRelevance(candidates, 2, 0.5)).toEqual([1, 3]);
  });

  it('returns at most the number of candidates', () => {
    expect(maximalMarginalRelevance(candidates, 10, 0.7)).toHaveLength(3);
  });
});
