import { describe, expect, it } from 'vitest';
import { bootstrapDistribution, bootstrapInterval, bootstrapStatistic } from './bootstrap.ts';
import { seededRandom } from './seeded-random.ts';

function standardDeviation(values: ArrayLike<number>): number {
  let mean = 0;
  for (let index = 0; index < values.length; index++) mean += values[index] as number;
  mean /= values.length;
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += ((values[index] as number) - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

/** Normal-ish data from a seeded Box–Muller, so the tests do not depend on Math.random. */
function normalData(n: number, seed: number, mean = 0, sd = 1): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - random.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  });
}

describe('bootstrapInterval', () => {
  it('is reproducible: same seed, same interval; another seed, another interval', () => {
    const values = normalData(200, 1);
    const first = bootstrapInterval(values, { seed: 42 });
    expect(bootstrapInterval(values, { seed: 42 })).toEqual(first);
    expect(bootstrapInterval(values, { seed: 43 }).low).not.toBe(first.low);
    expect(first.resamples).toBe(2000);
    expect(first.skipped).toBe(0);
  });

  it('has the spread of the ideal bootstrap of a mean, σ̂/√n with the plug-in σ̂ (Efron & Tibshirani 1993, §5)', () => {
    const values = normalData(400, 2, 10, 3);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const idealStandardError = standardDeviation(values) / Math.sqrt(values.length);
    const { estimate, distribution } = bootstrapDistribution(
      values.length,
      (indices) => indices.reduce((sum, index) => sum + (values[index] as number), 0) / indices.length,
      { seed: 7, resamples: 4000 },
    );
    expect(estimate).toBeCloseTo(mean, 12);
    // The Monte Carlo error of a standard deviation from 4,000 resamples is about 1/√8000 ≈ 1.1%.
    expect(standardDeviation(distribution) / idealStandardError).toBeGreaterThan(0.95);
    expect(standardDeviation(distribution) / idealStandardError).toBeLessThan(1.05);

    // For a mean of 400 values the percentile interval is close to the normal one, x̄ ± 1.96·SE.
    const interval = bootstrapInterval(values, { seed: 7, resamples: 4000 });
    expect(interval.estimate).toBeCloseTo(mean, 12);
    expect(interval.low).toBeCloseTo(mean - 1.96 * idealStandardError, 1);
    expect(interval.high).toBeCloseTo(mean + 1.96 * idealStandardError, 1);
    expect(Math.abs(interval.high - interval.low - 2 * 1.96 * idealStandardError)).toBeLessThan(
      0.1 * 2 * 1.96 * idealStandardError,
    );
  });

  it('draws the exact bootstrap distribution of a two-point sample (hand enumeration)', () => {
    // Resampling [0, 1] twice: means 0, ½, 1 with probabilities ¼, ½, ¼.
    const { distribution } = bootstrapDistribution(
      2,
      (indices) => ((indices[0] as number) + (indices[1] as number)) / 2,
      { seed: 3, resamples: 8000 },
    );
    const share = (value: number) =>
      distribution.filter((entry) => entry === value).length / distribution.length;
    expect(share(0)).toBeCloseTo(0.25, 1);
    expect(share(0.5)).toBeCloseTo(0.5, 1);
    expect(share(1)).toBeCloseTo(0.25, 1);
    const interval = bootstrapInterval([0, 1], { seed: 3 });
    expect(interval.low).toBe(0);
    expect(interval.high).toBe(1);
  });

  it('gets wider with clusters, and equals the bootstrap of cluster means when clusters are duplicates', () => {
    // Each value appears three times in one cluster: the cluster bootstrap of the 90 values must
    // give exactly the plain bootstrap of the 30 distinct values (same seed, same draws).
    const distinct = normalData(30, 4);
    const repeated = distinct.flatMap((value) => [value, value, value]);
    const clusters = distinct.flatMap((_, index) => [`c${index}`, `c${index}`, `c${index}`]);
    const clustered = bootstrapInterval(repeated, { clusters, seed: 11 });
    const plainOfDistinct = bootstrapInterval(distinct, { seed: 11 });
    expect(clustered.estimate).toBeCloseTo(plainOfDistinct.estimate, 12);
    expect(clustered.low).toBeCloseTo(plainOfDistinct.low, 12);
    expect(clustered.high).toBeCloseTo(plainOfDistinct.high, 12);

    // Ignoring the clusters pretends to have 90 independent values: about √3 too narrow.
    const naive = bootstrapInterval(repeated, { seed: 11 });
    const ratio = (clustered.high - clustered.low) / (naive.high - naive.low);
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(2);
  });

  it('takes any statistic of the sample, which may sort its scratch array but not the input', () => {
    const values = [5, 1, 4, 2, 3];
    const median = (sample: Float64Array) => {
      sample.sort();
      return sample[sample.length >> 1] as number;
    };
    const result = bootstrapInterval(values, { seed: 1, statistic: median });
    expect(result.estimate).toBe(3);
    expect(values).toEqual([5, 1, 4, 2, 3]);
    expect(result.low).toBeGreaterThanOrEqual(1);
    expect(result.high).toBeLessThanOrEqual(5);
    expect(result.low).toBeLessThan(result.high);
  });

  it('returns NaN for no values and rejects values that are not finite', () => {
    const empty = bootstrapInterval([], { seed: 1 });
    expect(empty.estimate).toBeNaN();
    expect(empty.low).toBeNaN();
    expect(empty.high).toBeNaN();
    expect(() => bootstrapInterval([1, Number.NaN], { seed: 1 })).toThrow(/index 1/);
  });

  it('enforces at least 1,000 resamples, matching cluster labels and a valid level', () => {
    expect(() => bootstrapInterval([1, 2], { seed: 1, resamples: 999 })).toThrow(/at least 1000/);
    expect(() => bootstrapInterval([1, 2], { seed: 1, clusters: ['a'] })).toThrow(/differ in length/);
    expect(() => bootstrapInterval([1, 2], { seed: 1, confidence: 1.2 })).toThrow(/confidence/);
    expect(() => bootstrapInterval([1, 2], { seed: 0.5 })).toThrow(/seed/);
  });
});

describe('bootstrapStatistic', () => {
  it('skips and counts resamples whose statistic is undefined', () => {
    // The statistic is undefined when item 0 was not drawn: probability (1 − 1/5)^5 = 0.32768.
    const result = bootstrapStatistic(5, (indices) => (indices.includes(0) ? 1 : Number.NaN), {
      seed: 8,
      resamples: 10_000,
    });
    expect(result.skipped / result.resamples).toBeCloseTo(0.32768, 2);
    expect(result.low).toBe(1);
    expect(result.high).toBe(1);
  });

  it('narrows with a lower confidence level', () => {
    const values = normalData(100, 5);
    const mean = (indices: Uint32Array) =>
      indices.reduce((sum, index) => sum + (values[index] as number), 0) / indices.length;
    const wide = bootstrapStatistic(100, mean, { seed: 2, confidence: 0.99 });
    const narrow = bootstrapStatistic(100, mean, { seed: 2, confidence: 0.8 });
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
  });
});
