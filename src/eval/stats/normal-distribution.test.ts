import { describe, expect, it } from 'vitest';
import { chiSquareOneDegreeSurvival, erfc, normalCdf, normalQuantile } from './normal-distribution.ts';

function expectRelativelyClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

describe('erfc', () => {
  it('matches the C library erfc (FreeBSD msun, via Python math.erfc) from the centre to the far tail', () => {
    // [x, erfc(x)]; the first four also appear in Abramowitz & Stegun Table 7.1 to 10 digits.
    const reference: [number, number][] = [
      [0.1, 0.8875370839817152],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [1.9, 0.0072095707647425325],
      [2, 0.004677734981047265],
      [2.5, 0.0004069520174449589],
      [3, 2.2090496998585438e-5],
      [4, 1.541725790028002e-8],
      [5, 1.5374597944280351e-12],
      [6, 2.1519736712498916e-17],
      [10, 2.088487583762545e-45],
      [20, 5.3958656116079005e-176],
      [26, 5.663192408856143e-296],
      [-1, 1.842700792949715],
    ];
    for (const [x, expected] of reference) expectRelativelyClose(erfc(x), expected, 1e-13);
  });

  it('handles the edges', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it('is continuous where the method switches from the series to the continued fraction', () => {
    const below = erfc(2 - 1e-12);
    const above = erfc(2);
    // d/dx erfc = −2/√π e^(−x²) ≈ −0.0207 at 2, so 1e-12 apart they differ by about 2e-14; a jump
    // between the two methods would show up here (1 − erf is good to a few 1e-16 absolute).
    expect(Math.abs(below - above - 0.0206669854e-12)).toBeLessThan(1e-15);
  });
});

describe('normalQuantile', () => {
  it('matches Wichura AS241 (Python statistics.NormalDist.inv_cdf), a different algorithm', () => {
    const reference: [number, number][] = [
      [0.975, 1.9599639845400536],
      [0.995, 2.5758293035489],
      [0.9, 1.2815515655446008],
      [0.95, 1.6448536269514715],
      [0.8, 0.8416212335729144],
      [0.05, -1.6448536269514726],
      [0.02, -2.0537489106318225],
      [0.03, -1.8807936081512509],
      [1e-10, -6.361340902404056],
      [1e-300, -37.0470962993612],
    ];
    for (const [p, expected] of reference) expectRelativelyClose(normalQuantile(p), expected, 1e-13);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('inverts normalCdf across both tails and the centre', () => {
    for (let p = 0.0005; p < 1; p += 0.0123) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
    }
  });

  it('is ±∞ at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    // Standard normal table: Φ(1) = 0.8413447, Φ(1.96) = 0.9750021, Φ(−3) = 0.0013499.
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expectRelativelyClose(normalCdf(-3), 0.0013498980316301, 1e-12);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('chiSquareOneDegreeSurvival', () => {
  it('gives the textbook tail areas at the chi-square critical values (1 degree of freedom)', () => {
    // Chi-square table, df = 1: 3.841 (0.05), 6.635 (0.01), 10.828 (0.001); exact values are z².
    expect(chiSquareOneDegreeSurvival(3.841458820694124)).toBeCloseTo(0.05, 14);
    expect(chiSquareOneDegreeSurvival(6.634896601021214)).toBeCloseTo(0.01, 14);
    expect(chiSquareOneDegreeSurvival(10.827566170662733)).toBeCloseTo(0.001, 14);
  });

  it('agrees with a numerical integral of the chi-square density', () => {
    // f(x) = x^(−1/2) e^(−x/2) / √(2π); with x = t² the tail from s is ∫_{√s}^∞ 2φ(t) dt, which
    // Simpson's rule integrates accurately (the integrand is smooth).
    const simpsonTail = (statistic: number) => {
      const from = Math.sqrt(statistic);
      const to = from + 12;
      const steps = 20_000;
      const width = (to - from) / steps;
      const density = (t: number) => (2 * Math.exp((-t * t) / 2)) / Math.sqrt(2 * Math.PI);
      let sum = density(from) + density(to);
      for (let index = 1; index < steps; index++)
        sum += density(from + index * width) * (index % 2 === 1 ? 4 : 2);
      return (sum * width) / 3;
    };
    for (const statistic of [0.1, 1, 2.5, 7, 16.8]) {
      expectRelativelyClose(chiSquareOneDegreeSurvival(statistic), simpsonTail(statistic), 1e-9);
    }
  });

  it('is 1 at and below zero', () => {
    expect(chiSquareOneDegreeSurvival(0)).toBe(1);
    expect(chiSquareOneDegreeSurvival(-2)).toBe(1);
  });
});
