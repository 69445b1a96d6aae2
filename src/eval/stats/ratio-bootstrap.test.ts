import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrap.ts';
import { ratioBootstrap } from './ratio-bootstrap.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * 300 image clusters of 1 to 4 questions: a third all right, a third all wrong, a third with only
 * the first question right, so that the outcomes are strongly correlated within an image.
 */
function clusteredOutcomes(): { values: number[]; clusters: string[] } {
  const values: number[] = [];
  const clusters: string[] = [];
  for (let cluster = 0; cluster < 300; cluster++) {
    const size = 1 + (cluster % 4);
    for (let member = 0; member < size; member++) {
      values.push(cluster % 3 === 0 ? 1 : cluster % 3 === 1 ? 0 : Number(member === 0));
      clusters.push(`image-${cluster}`);
    }
  }
  return { values, clusters };
}

/**
 * The ideal bootstrap standard error of a ratio of cluster totals, by the delta method:
 * √(Σ_c (s_c − R·n_c)²) / N (Efron & Tibshirani 1993, §21; Davison & Hinkley 1997, §3.8).
 */
function ratioStandardError(
  values: readonly number[],
  clusters: readonly string[],
): { ratio: number; se: number } {
  const sums = new Map<string, { sum: number; size: number }>();
  values.forEach((value, index) => {
    const total = sums.get(clusters[index] as string) ?? { sum: 0, size: 0 };
    total.sum += value;
    total.size += 1;
    sums.set(clusters[index] as string, total);
  });
  const ratio = values.reduce((sum, value) => sum + value, 0) / values.length;
  let squares = 0;
  for (const { sum, size } of sums.values()) squares += (sum - ratio * size) ** 2;
  return { ratio, se: Math.sqrt(squares) / values.length };
}

describe('ratioBootstrap', () => {
  it("with 'draw', gives bootstrapInterval's cluster interval bit for bit on 0/1 values", () => {
    const { values, clusters } = clusteredOutcomes();
    for (const seed of [0, 1, 99]) {
      const reference = bootstrapInterval(values, { seed, clusters });
      expect(ratioBootstrap(values, { seed, clusters, method: 'draw' })).toEqual(reference);
      // Numeric labels (numbered in another order) name the same clusters: the same interval.
      const numbers = clusters.map((label) => 1000 - Number(label.slice(6)));
      expect(ratioBootstrap(values, { seed, clusters: numbers, method: 'draw' })).toEqual(reference);
    }
  });

  it("with 'draw', gives bootstrapInterval's interval for real values, plain and clustered", () => {
    const random = seededRandom(4);
    const values = Array.from({ length: 500 }, () => random.next() ** 3);
    const clusters = values.map((_, index) => `board-${Math.floor(index / 7)}`);
    for (const options of [
      { seed: 2 },
      { seed: 2, clusters },
      { seed: 8, clusters, resamples: 1000, confidence: 0.9 },
    ]) {
      const reference = bootstrapInterval(values, options);
      const fast = ratioBootstrap(values, { ...options, method: 'draw' });
      expect(fast.estimate).toBe(reference.estimate);
      // The sums are added in another order: equal up to rounding.
      expect(Math.abs(fast.low - reference.low)).toBeLessThan(1e-12);
      expect(Math.abs(fast.high - reference.high)).toBeLessThan(1e-12);
      expect(fast.resamples).toBe(reference.resamples);
    }
  });

  it("with 'multinomial', agrees with the draws and with the delta-method interval to within 10% of its half-width", () => {
    // Each end of a 4,000-resample percentile interval is off by about 2.2% of the half-width
    // (√(0.025 · 0.975 / 4000) / φ(1.96) ≈ 0.042 σ), a difference of two by 3.1%: 10% is three of
    // those (seen: at most 4.3% over five seeds).
    const { values, clusters } = clusteredOutcomes();
    const { ratio, se } = ratioStandardError(values, clusters);
    const halfWidth = 1.959964 * se;
    const drawn = ratioBootstrap(values, { seed: 3, clusters, resamples: 4000, method: 'draw' });
    const counted = ratioBootstrap(values, { seed: 3, clusters, resamples: 4000, method: 'multinomial' });
    expect(counted.estimate).toBe(ratio);
    for (const interval of [drawn, counted]) {
      expect(Math.abs(interval.low - (ratio - halfWidth))).toBeLessThan(0.1 * halfWidth);
      expect(Math.abs(interval.high - (ratio + halfWidth))).toBeLessThan(0.1 * halfWidth);
    }
    expect(Math.abs(counted.low - drawn.low)).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(counted.high - drawn.high)).toBeLessThan(0.1 * halfWidth);
    // 'auto' counts here (8 kinds of 300 clusters would need 300 draws each): the multinomial interval.
    expect(ratioBootstrap(values, { seed: 3, clusters, resamples: 4000 })).toEqual(counted);
  });

  it('gives a zero-width interval for a constant and NaN for no values', () => {
    const constant = ratioBootstrap([0.25, 0.25, 0.25], { seed: 1 });
    expect(constant).toMatchObject({ estimate: 0.25, low: 0.25, high: 0.25 });
    expect(ratioBootstrap([], { seed: 1 })).toMatchObject({ estimate: Number.NaN, low: Number.NaN });
  });

  it('refuses too few resamples, a non-finite value and labels of the wrong length', () => {
    expect(() => ratioBootstrap([1, 0], { seed: 1, resamples: 999 })).toThrow(/at least 1000/);
    expect(() => ratioBootstrap([1, Number.NaN], { seed: 1 })).toThrow(/index 1/);
    expect(() => ratioBootstrap([1, 0], { seed: 1, clusters: ['a'] })).toThrow(/1 labels for 2 items/);
    expect(() => ratioBootstrap([1, 0], { seed: 0.5 })).toThrow(/safe integer/);
  });
});
