import { describe, expect, it } from 'vitest';
import { rankingMetrics } from './ranking-metrics.ts';

describe('ranking metrics of one sample', () => {
  it('computes NDCG@10 by hand for binary relevance', () => {
    // DCG = 1/log2(3) + 1/log2(4) = 0.63093 + 0.5 = 1.13093; ideal = 1 + 0.63093; NDCG = 0.69343.
    expect(rankingMetrics(['b', 'a', 'c'], { a: 1, b: 0, c: 1 })['ndcg@10']).toBeCloseTo(0.69343, 5);
    expect(rankingMetrics(['a', 'c', 'b'], { a: 1, b: 0, c: 1 })['ndcg@10']).toBe(1);
  });

  it('uses exponential gain for graded relevance', () => {
    // Gains 3 and 1. Ranking [y, x]: DCG = 1 + 3/log2(3) = 2.89279; ideal 3 + 1/log2(3) = 3.63093.
    expect(rankingMetrics(['y', 'x'], { x: 2, y: 1 })['ndcg@10']).toBeCloseTo(0.79671, 5);
  });

  it('cuts at 10 and gives no gain to relevant ids left out', () => {
    const relevance = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`i${index}`, 0]));
    relevance.i11 = 1;
    const ranking = Array.from({ length: 12 }, (_, index) => `i${index}`);
    expect(rankingMetrics(ranking, relevance)['ndcg@10']).toBe(0);
    expect(rankingMetrics(['a'], { a: 1, b: 1 })['ndcg@10']).toBeCloseTo(1 / 1.63093, 5);
  });

  it('computes hit@k and the reciprocal rank, and scores 0 when nothing is relevant', () => {
    const relevance = { a: 0, b: 0, c: 2, d: 1 };
    expect(rankingMetrics(['a', 'b', 'c'], relevance)).toMatchObject({ 'hit@1': 0, 'hit@5': 1 });
    expect(rankingMetrics(['a', 'b', 'c'], relevance).mrr).toBeCloseTo(1 / 3, 10);
    expect(rankingMetrics(['a', 'b'], relevance).mrr).toBe(0);
    expect(rankingMetrics(['d', 'a'], relevance)).toMatchObject({ 'hit@1': 1, 'hit@5': 1, mrr: 1 });
    expect(rankingMetrics(['a'], { a: 0 })).toEqual({ 'ndcg@10': 0, 'hit@1': 0, 'hit@5': 0, mrr: 0 });
  });
});
