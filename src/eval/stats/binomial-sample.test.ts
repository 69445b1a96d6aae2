import { describe, expect, it } from 'vitest';
import { logFactorial, sampleBinomial } from './binomial-sample.ts';
import { seededRandom } from './seeded-random.ts';

/** log k! by summing logarithms: slow, but independent of Stirling's series. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/**
 * Pearson's χ² of `draws` Binomial(n, p) variates against the exact pmf, the tails pooled into
 * bins of expected count ≥ 5; returns the statistic and its degrees of freedom.
 */
function chiSquare(
  n: number,
  p: number,
  draws: number,
  seed: number,
): { statistic: number; freedom: number } {
  const random = seededRandom(seed);
  const observed = new Float64Array(n + 1);
  let outside = 0;
  for (let draw = 0; draw < draws; draw++) {
    const k = sampleBinomial(n, p, random);
    if (Number.isInteger(k) && k >= 0 && k <= n) observed[k] = (observed[k] as number) + 1;
    else outside++;
  }
  expect(outside).toBe(0);
  const logs = logFactorials(n);
  const expected = Array.from({ length: n + 1 }, (_, k) =>
    p === 0 || p === 1
      ? Number((p === 0 ? 0 : n) === k)
      : draws *
        Math.exp(
          (logs[n] as number) -
            (logs[k] as number) -
            (logs[n - k] as number) +
            k * Math.log(p) +
            (n - k) * Math.log(1 - p),
        ),
  );
  let statistic = 0;
  let bins = 0;
  let pooledExpected = 0;
  let pooledObserved = 0;
  for (let k = 0; k <= n; k++) {
    pooledExpected += expected[k] as number;
    pooledObserved += observed[k] as number;
    if (pooledExpected >= 5 || k === n) {
      statistic += (pooledObserved - pooledExpected) ** 2 / Math.max(pooledExpected, 1e-300);
      bins++;
      pooledExpected = 0;
      pooledObserved = 0;
    }
  }
  return { statistic, freedom: bins - 1 };
}

/** The χ² quantile at 1 − 10⁻⁴ by Wilson–Hilferty (z = 3.719): a broken sampler lands far above it. */
function chiSquareCritical(freedom: number): number {
  const scale = 2 / (9 * freedom);
  return freedom * (1 - scale + 3.719 * Math.sqrt(scale)) ** 3;
}

describe('logFactorial', () => {
  it('agrees with a sum of logarithms to 1e-9 from 0 to 5,000', () => {
    const logs = logFactorials(5000);
    for (let k = 0; k <= 5000; k++)
      expect(Math.abs(logFactorial(k) - (logs[k] as number))).toBeLessThan(1e-9);
  });
});

describe('sampleBinomial', () => {
  it.each([
    [20, 0.3],
    [1000, 0.004],
    [12, 0.5],
    [30, 0.9],
    [40, 0.3],
    [200, 0.05],
    [1000, 0.3],
    [100_000, 0.2],
    [7919, 0.5],
  ])('draws Binomial(%i, %f) with the exact pmf (χ² goodness of fit, 40,000 draws)', (n, p) => {
    const { statistic, freedom } = chiSquare(n, p, 40_000, n + Math.round(p * 1000));
    expect(freedom).toBeGreaterThan(0);
    expect(statistic).toBeLessThan(chiSquareCritical(freedom));
  });

  it('has mean np and variance np(1 − p) on both sides of the inversion/rejection switch', () => {
    for (const [n, p] of [
      [99, 0.1],
      [101, 0.1],
      [50_000, 0.001],
      [50_000, 0.37],
    ] as const) {
      const random = seededRandom(9);
      const draws = 50_000;
      let sum = 0;
      let squares = 0;
      for (let draw = 0; draw < draws; draw++) {
        const k = sampleBinomial(n, p, random);
        sum += k;
        squares += k * k;
      }
      const mean = sum / draws;
      const variance = squares / draws - mean * mean;
      const sd = Math.sqrt(n * p * (1 - p));
      // Five standard errors of the mean; the variance to within 4% (its relative SE is about 0.6%).
      expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws));
      expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.96);
      expect(variance / (n * p * (1 - p))).toBeLessThan(1.04);
    }
  });

  it('is exact at the edges and reproducible from the seed', () => {
    const random = seededRandom(1);
    expect(sampleBinomial(0, 0.4, random)).toBe(0);
    expect(sampleBinomial(17, 0, random)).toBe(0);
    expect(sampleBinomial(17, 1, random)).toBe(17);
    const first = Array.from({ length: 50 }, (_, index) => sampleBinomial(500 + index, 0.3, seededRandom(5)));
    const again = Array.from({ length: 50 }, (_, index) => sampleBinomial(500 + index, 0.3, seededRandom(5)));
    expect(again).toEqual(first);
  });

  it('refuses a fractional n or a p outside [0, 1]', () => {
    const random = seededRandom(1);
    expect(() => sampleBinomial(2.5, 0.5, random)).toThrow(/whole n/);
    expect(() => sampleBinomial(10, 1.5, random)).toThrow(/0 ≤ p ≤ 1/);
    expect(() => sampleBinomial(10, Number.NaN, random)).toThrow(/0 ≤ p ≤ 1/);
  });
});
