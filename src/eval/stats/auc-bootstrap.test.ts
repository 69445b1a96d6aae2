import { describe, expect, it } from 'vitest';
import { aucBootstrap } from './auc-bootstrap.ts';
import { aucInterval } from './roc-auc.ts';
import { seededRandom } from './seeded-random.ts';

/** Hanley & McNeil's (1982) five-point rating table: 58 negatives, 51 positives, AUC 0.893. */
function ratingTable(): { labels: boolean[]; scores: number[] } {
  const negatives = [33, 6, 6, 11, 2];
  const positives = [3, 2, 2, 11, 33];
  const labels: boolean[] = [];
  const scores: number[] = [];
  for (const [label, counts] of [
    [false, negatives],
    [true, positives],
  ] as const) {
    counts.forEach((count, rating) => {
      for (let index = 0; index < count; index++) {
        labels.push(label);
        scores.push(rating + 1);
      }
    });
  }
  return { labels, scores };
}

/** DeLong's (1988) standard error of the AUC, from the placement values of each class. */
function delongStandardError(labels: readonly boolean[], scores: readonly number[]): number {
  const positives = scores.filter((_, index) => labels[index]);
  const negatives = scores.filter((_, index) => !labels[index]);
  const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0);
  const positivePlacements = positives.map(
    (x) => negatives.reduce((sum, y) => sum + psi(x, y), 0) / negatives.length,
  );
  const negativePlacements = negatives.map(
    (y) => positives.reduce((sum, x) => sum + psi(x, y), 0) / positives.length,
  );
  const variance = (values: number[]) => {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  };
  return Math.sqrt(
    variance(positivePlacements) / positives.length + variance(negativePlacements) / negatives.length,
  );
}

describe('aucBootstrap', () => {
  it("with 'draw', gives aucInterval's interval exactly, plain and clustered, ties included", () => {
    const random = seededRandom(12);
    const labels = Array.from({ length: 400 }, () => random.next() < 0.4);
    const scores = labels.map(
      (label) => Math.round((label ? 0.6 : 0.4) * 10 + (random.next() - 0.5) * 8) / 10,
    );
    const clusters = labels.map((_, index) => `outfit-${Math.floor(index / 3)}`);
    for (const options of [
      { seed: 1 },
      { seed: 1, clusters },
      { seed: 7, clusters, resamples: 1500, confidence: 0.9 },
    ]) {
      expect(aucBootstrap(labels, scores, { ...options, method: 'draw' })).toEqual(
        aucInterval(labels, scores, options),
      );
    }
  });

  it('skips and counts the resamples that draw one class only, as aucInterval does', () => {
    const labels = [true, false, false, false, false, false];
    const scores = [0.9, 0.1, 0.2, 0.3, 0.95, 0.5];
    const reference = aucInterval(labels, scores, { seed: 4 });
    expect(reference.skipped).toBeGreaterThan(0);
    expect(aucBootstrap(labels, scores, { seed: 4, method: 'draw' })).toEqual(reference);
    expect(aucBootstrap(labels, scores, { seed: 4, method: 'multinomial' }).skipped).toBeGreaterThan(0);
  });

  it('resamples clusters as wholes: every item twice, in pairs, gives the interval of the items once', () => {
    const { labels, scores } = ratingTable();
    const twice = {
      labels: labels.flatMap((label) => [label, label]),
      scores: scores.flatMap((score) => [score, score]),
      clusters: labels.flatMap((_, index) => [index, index]),
    };
    for (const method of ['draw', 'multinomial'] as const) {
      const once = aucBootstrap(labels, scores, { seed: 6, method });
      expect(aucBootstrap(twice.labels, twice.scores, { seed: 6, method, clusters: twice.clusters })).toEqual(
        once,
      );
    }
  });

  it("with 'multinomial', agrees with the draws and with DeLong's standard error (Hanley & McNeil's table)", () => {
    const { labels, scores } = ratingTable();
    const se = delongStandardError(labels, scores);
    const halfWidth = 1.959964 * se;
    const drawn = aucBootstrap(labels, scores, { seed: 2, resamples: 4000, method: 'draw' });
    const counted = aucBootstrap(labels, scores, { seed: 2, resamples: 4000, method: 'multinomial' });
    expect(counted.estimate).toBeCloseTo(0.8932, 4);
    // The ends of two 4,000-resample intervals differ by about 3.1% of the half-width by chance: 10%
    // is three of those (seen: at most 2.5% over four seeds).
    expect(Math.abs(counted.low - drawn.low)).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(counted.high - drawn.high)).toBeLessThan(0.1 * halfWidth);
    // An AUC near 0.9 is skewed: the width, not the ends, is what DeLong's SE predicts.
    for (const interval of [drawn, counted]) {
      expect((interval.high - interval.low) / (2 * halfWidth)).toBeGreaterThan(0.9);
      expect((interval.high - interval.low) / (2 * halfWidth)).toBeLessThan(1.1);
    }
  });

  it('is NaN when one class is missing, and refuses mismatched or non-finite scores', () => {
    expect(aucBootstrap([true, true], [0.2, 0.4], { seed: 1 }).estimate).toBeNaN();
    expect(() => aucBootstrap([true, false], [0.2], { seed: 1 })).toThrow(/one score per label/);
    expect(() => aucBootstrap([true, false], [0.2, Number.NaN], { seed: 1 })).toThrow(/index 1/);
  });
});
