import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrap.ts';
import { normalCdf } from './normal-distribution.ts';
import { pairedBootstrap } from './paired-bootstrap.ts';
import { seededRandom } from './seeded-random.ts';

function normalData(n: number, seed: number, mean = 0, sd = 1): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - random.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  });
}

describe('pairedBootstrap', () => {
  it('equals the one-sample bootstrap of the per-sample differences (same seed, same draws)', () => {
    const a = normalData(150, 1, 0.6, 0.2);
    const noise = normalData(150, 2);
    const b = a.map((value, index) => value + 0.03 + (noise[index] as number) * 0.1);
    const differences = a.map((value, index) => (b[index] as number) - value);
    const paired = pairedBootstrap(a, b, { seed: 5 });
    const direct = bootstrapInterval(differences, { seed: 5 });
    expect(paired.difference).toBeCloseTo(direct.estimate, 12);
    expect(paired.low).toBeCloseTo(direct.low, 12);
    expect(paired.high).toBeCloseTo(direct.high, 12);
  });

  it('gives a p-value close to the normal approximation 2(1 − Φ(|d̄|/SE)) for a mean difference', () => {
    // Differences with mean about 0.1 and sd 1 over n = 400: z ≈ 2, p ≈ 0.046. The bootstrap
    // p-value of a mean is asymptotically this normal one (Efron & Tibshirani 1993, §16.4).
    const n = 400;
    const a = new Array<number>(n).fill(0);
    const b = normalData(n, 3, 0.1, 1);
    const mean = b.reduce((sum, value) => sum + value, 0) / n;
    const plugInSd = Math.sqrt(b.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n);
    const expected = 2 * (1 - normalCdf(Math.abs(mean) / (plugInSd / Math.sqrt(n))));
    const result = pairedBootstrap(a, b, { seed: 9, resamples: 10_000 });
    expect(result.difference).toBeCloseTo(mean, 12);
    expect(Math.abs(result.pValue - expected)).toBeLessThan(0.015);
  });

  it('is 0 wide with p = 0 when B beats A by the same margin on every sample', () => {
    const a = [0.1, 0.5, 0.9, 0.3];
    const b = a.map((value) => value + 0.25);
    const result = pairedBootstrap(a, b, { seed: 1 });
    expect(result.difference).toBeCloseTo(0.25, 12);
    expect(result.low).toBeCloseTo(0.25, 12);
    expect(result.high).toBeCloseTo(0.25, 12);
    expect(result.pValue).toBe(0);
  });

  it('gives p = 1 for identical runs and a negative difference when A is better', () => {
    const same = pairedBootstrap([1, 0, 1, 1], [1, 0, 1, 1], { seed: 1 });
    expect(same.difference).toBe(0);
    expect(same.pValue).toBe(1);
    const worse = pairedBootstrap([1, 1, 1, 0, 1, 1], [0, 1, 0, 0, 1, 0], { seed: 1 });
    expect(worse.difference).toBeCloseTo(-0.5, 12);
    expect(worse.high).toBeLessThanOrEqual(0);
  });

  it('counts ties at zero against the observed direction (Koehn 2004), by hand for two samples', () => {
    // a = [0, 0], b = [1, 0]: a resample's difference is 0 when it draws sample 2 twice (¼), else
    // > 0, so p = 2·¼ = ½ up to Monte Carlo error.
    const result = pairedBootstrap([0, 0], [1, 0], { seed: 4, resamples: 20_000 });
    expect(result.difference).toBe(0.5);
    expect(result.pValue).toBeCloseTo(0.5, 1);
  });

  it('takes a statistic and clusters', () => {
    const a = [1, 2, 3, 4, 5, 6];
    const b = [2, 3, 4, 5, 6, 100];
    const median = (sample: Float64Array) => {
      sample.sort();
      const middle = sample.length >> 1;
      return sample.length % 2 === 0
        ? ((sample[middle - 1] as number) + (sample[middle] as number)) / 2
        : (sample[middle] as number);
    };
    const result = pairedBootstrap(a, b, {
      seed: 2,
      statistic: median,
      clusters: ['x', 'x', 'y', 'y', 'z', 'z'],
    });
    // Medians 3.5 and 4.5 by hand; the outlier 100 does not move a median.
    expect(result.difference).toBe(1);
  });

  it('rejects runs of different lengths and undefined values', () => {
    expect(() => pairedBootstrap([1, 2], [1], { seed: 1 })).toThrow(/same length/);
    expect(() => pairedBootstrap([1, Number.NaN], [1, 2], { seed: 1 })).toThrow(/run A/);
  });
});
