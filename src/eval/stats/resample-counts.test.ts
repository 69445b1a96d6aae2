import { describe, expect, it } from 'vitest';
import { createCountResampler, multinomialKindLimit } from './resample-counts.ts';

describe('createCountResampler', () => {
  it("draws counts with the multinomial's means, variances and covariances", () => {
    // 1,000 clusters of four kinds, 600 / 300 / 90 / 10 of each.
    const sizes = [600, 300, 90, 10];
    const kindOfCluster = Uint32Array.from(
      sizes.flatMap((size, kind) => Array.from({ length: size }, () => kind)),
    );
    const resampler = createCountResampler(kindOfCluster, 4, 5);
    const resamples = 20_000;
    const sums = new Float64Array(4);
    const squares = new Float64Array(4);
    let crossFirstSecond = 0;
    for (let resample = 0; resample < resamples; resample++) {
      resampler.next();
      const counts = resampler.counts;
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
      for (let kind = 0; kind < 4; kind++) {
        sums[kind] = (sums[kind] as number) + (counts[kind] as number);
        squares[kind] = (squares[kind] as number) + (counts[kind] as number) ** 2;
      }
      crossFirstSecond += (counts[0] as number) * (counts[1] as number);
    }
    for (let kind = 0; kind < 4; kind++) {
      const p = (sizes[kind] as number) / 1000;
      const mean = (sums[kind] as number) / resamples;
      const variance = (squares[kind] as number) / resamples - mean * mean;
      const sd = Math.sqrt(1000 * p * (1 - p));
      expect(Math.abs(mean - 1000 * p)).toBeLessThan((5 * sd) / Math.sqrt(resamples));
      expect(variance / (sd * sd)).toBeGreaterThan(0.95);
      expect(variance / (sd * sd)).toBeLessThan(1.05);
    }
    // Cov(N₁, N₂) = −K p₁ p₂ = −180.
    const covariance =
      crossFirstSecond / resamples - ((sums[0] as number) / resamples) * ((sums[1] as number) / resamples);
    expect(covariance).toBeGreaterThan(-180 * 1.1);
    expect(covariance).toBeLessThan(-180 * 0.9);
  });

  it('is reproducible from the seed', () => {
    const kindOfCluster = Uint32Array.from({ length: 500 }, (_, cluster) => cluster % 2);
    const run = () => {
      const resampler = createCountResampler(kindOfCluster, 2, 3);
      return Array.from({ length: 20 }, () => {
        resampler.next();
        return resampler.counts[0];
      });
    };
    expect(run()).toEqual(run());
    expect(new Set(run()).size).toBeGreaterThan(1);
  });

  it('refuses no clusters and a kind out of range', () => {
    expect(() => createCountResampler(new Uint32Array(0), 0, 1)).toThrow(/1 to 2\^32/);
    expect(() => createCountResampler(Uint32Array.from([0, 2]), 2, 1)).toThrow(/kind 2, but there are 2/);
  });
});

describe('multinomialKindLimit', () => {
  it('allows multinomial draws only while a binomial per kind is cheaper than a draw per cluster', () => {
    expect(multinomialKindLimit(50_000)).toBeGreaterThan(1000);
    expect(multinomialKindLimit(50_000)).toBeLessThan(5000);
    expect(multinomialKindLimit(10)).toBe(0);
    expect(multinomialKindLimit(50_000, 'draw')).toBe(0);
    expect(multinomialKindLimit(50_000, 'multinomial')).toBe(50_000);
  });
});
