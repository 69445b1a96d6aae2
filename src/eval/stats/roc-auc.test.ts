import { describe, expect, it } from 'vitest';
import { aucInterval, rocAuc } from './roc-auc.ts';
import { seededRandom } from './seeded-random.ts';

/** AUC by brute force over every positive–negative pair, O(n²). */
function aucByPairs(labels: readonly boolean[], scores: readonly number[]): number {
  let wins = 0;
  let pairs = 0;
  labels.forEach((positive, i) => {
    if (!positive) return;
    labels.forEach((other, j) => {
      if (other) return;
      pairs++;
      const difference = (scores[i] as number) - (scores[j] as number);
      wins += difference > 0 ? 1 : difference === 0 ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

/** Expands a rating table (counts per rating for negatives and positives) into labels and scores. */
function fromRatingTable(negatives: number[], positives: number[]): { labels: boolean[]; scores: number[] } {
  const labels: boolean[] = [];
  const scores: number[] = [];
  negatives.forEach((count, rating) => {
    for (let index = 0; index < count; index++) {
      labels.push(false);
      scores.push(rating + 1);
    }
  });
  positives.forEach((count, rating) => {
    for (let index = 0; index < count; index++) {
      labels.push(true);
      scores.push(rating + 1);
    }
  });
  return { labels, scores };
}

describe('rocAuc', () => {
  it("matches scikit-learn's roc_auc_score documentation example", () => {
    // sklearn.metrics.roc_auc_score: y_true = [0, 0, 1, 1], y_score = [0.1, 0.4, 0.35, 0.8] → 0.75.
    expect(rocAuc([false, false, true, true], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
  });

  it('reproduces Hanley & McNeil (1982), Table 1: CT ratings of 109 patients, area 0.893', () => {
    // Radiology 143:29–36. Ratings 1 (definitely normal) … 5 (definitely abnormal):
    // normal 33/6/6/11/2, abnormal 3/2/2/11/33. By hand: W = 2642/(58·51) = 0.89317.
    const { labels, scores } = fromRatingTable([33, 6, 6, 11, 2], [3, 2, 2, 11, 33]);
    expect(rocAuc(labels, scores)).toBeCloseTo(2642 / 2958, 14);
    expect(rocAuc(labels, scores)).toBeCloseTo(0.893, 3);
  });

  it('agrees with counting every pair on random data with many ties', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + random.nextInt(60);
      const labels = Array.from({ length: n }, () => random.next() < 0.4);
      const scores = Array.from({ length: n }, () => random.nextInt(6) / 5);
      if (!labels.includes(true) || !labels.includes(false)) continue;
      expect(rocAuc(labels, scores)).toBeCloseTo(aucByPairs(labels, scores), 12);
    }
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, ½ for constant scores', () => {
    expect(rocAuc([false, false, true], [1, 2, 3])).toBe(1);
    expect(rocAuc([true, false, false], [1, 2, 3])).toBe(0);
    expect(rocAuc([true, false, true, false], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('is NaN when a class is missing, and rejects mismatched or undefined scores', () => {
    expect(rocAuc([true, true], [0.1, 0.2])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
    expect(() => rocAuc([true, false], [0.1])).toThrow(/one score per label/);
    expect(() => rocAuc([true, false], [0.1, Number.NaN])).toThrow(/index 1/);
  });
});

describe('aucInterval', () => {
  it('brackets the AUC, with a width near the Hanley & McNeil standard error', () => {
    // Hanley & McNeil (1982) give SE(W) = 0.032 for their Table 1 data; a 95% interval is then
    // about ±1.96·0.032 = ±0.063 wide on each side.
    const { labels, scores } = fromRatingTable([33, 6, 6, 11, 2], [3, 2, 2, 11, 33]);
    const result = aucInterval(labels, scores, { seed: 3, resamples: 4000 });
    expect(result.estimate).toBeCloseTo(0.8932, 4);
    expect(result.low).toBeLessThan(result.estimate);
    expect(result.high).toBeGreaterThan(result.estimate);
    expect((result.high - result.low) / 2).toBeGreaterThan(0.05);
    expect((result.high - result.low) / 2).toBeLessThan(0.075);
    expect(result.skipped).toBe(0);
  });

  it('skips and counts the resamples that draw a single class', () => {
    // One positive among 4 items: a resample misses it with probability (3/4)^4 = 0.3164.
    const result = aucInterval([true, false, false, false], [0.9, 0.1, 0.5, 0.3], {
      seed: 6,
      resamples: 10_000,
    });
    expect(result.estimate).toBe(1);
    expect(result.skipped / result.resamples).toBeCloseTo(0.3164, 2);
  });

  it('resamples by cluster', () => {
    const labels = [true, false, true, false, true, false];
    const scores = [0.9, 0.2, 0.6, 0.7, 0.8, 0.1];
    const clustered = aucInterval(labels, scores, { seed: 1, clusters: ['a', 'a', 'b', 'b', 'c', 'c'] });
    // Each cluster holds one positive and one negative, so no resample misses a class.
    expect(clustered.skipped).toBe(0);
    expect(clustered.estimate).toBeCloseTo(rocAuc(labels, scores), 14);
  });
});
