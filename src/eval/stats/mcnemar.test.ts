import { describe, expect, it } from 'vitest';
import { mcnemarTest, type PairedOutcome } from './mcnemar.ts';

function pairsFrom(counts: { both: number; onlyA: number; onlyB: number; neither: number }): PairedOutcome[] {
  return [
    ...Array.from({ length: counts.both }, () => ({ a: true, b: true })),
    ...Array.from({ length: counts.onlyA }, () => ({ a: true, b: false })),
    ...Array.from({ length: counts.onlyB }, () => ({ a: false, b: true })),
    ...Array.from({ length: counts.neither }, () => ({ a: false, b: false })),
  ];
}

/** Two-sided normal tail of √statistic by Simpson's rule, independent of erfc. */
function tailBySimpson(statistic: number): number {
  const from = Math.sqrt(statistic);
  const to = from + 12;
  const steps = 20_000;
  const width = (to - from) / steps;
  const density = (t: number) => (2 * Math.exp((-t * t) / 2)) / Math.sqrt(2 * Math.PI);
  let sum = density(from) + density(to);
  for (let index = 1; index < steps; index++)
    sum += density(from + index * width) * (index % 2 === 1 ? 4 : 2);
  return (sum * width) / 3;
}

describe('mcnemarTest', () => {
  it("reproduces Agresti's presidential approval example with the chi-square test", () => {
    // Agresti, Categorical Data Analysis (2nd ed., 2002), Table 10.1: approval of the President's
    // performance in two surveys of the same 1,600 people: 794 approve both times, 150 approve then
    // disapprove, 86 disapprove then approve, 570 disapprove both times. Agresti gives
    // z = (86 − 150)/√(86 + 150) = −4.17 (z² = 17.36, p < 0.001) without continuity correction;
    // with it, by hand, (|150 − 86| − 1)² / 236 = 3969 / 236 = 16.818.
    const result = mcnemarTest(pairsFrom({ both: 794, onlyA: 150, onlyB: 86, neither: 570 }));
    expect(result.b).toBe(150);
    expect(result.c).toBe(86);
    expect(result.method).toBe('chi-square');
    expect(result.statistic).toBeCloseTo(3969 / 236, 12);
    expect(result.pValue).toBeLessThan(0.001);
    expect(result.pValue / tailBySimpson(3969 / 236)).toBeCloseTo(1, 8);
    expect(Math.sqrt((150 - 86) ** 2 / 236)).toBeCloseTo(4.17, 2);
  });

  it('uses the exact binomial test for fewer than 25 discordant pairs', () => {
    // Bentur et al. (2009), as analysed by Fagerland, Lydersen & Laake (2013, BMC Med Res Methodol
    // 13:91): airway hyper-responsiveness before/after, 1 yes→no and 7 no→yes; exact conditional
    // p = 0.070. By hand: 2·(C(8,0) + C(8,1))/2^8 = 2·9/256 = 0.0703125.
    const result = mcnemarTest({ b: 1, c: 7 });
    expect(result.method).toBe('exact');
    expect(result.statistic).toBe(1);
    expect(result.pValue).toBe(18 / 256);
    expect(result.pValue).toBeCloseTo(0.07, 2);
  });

  it('gives exact binomial tails by hand for other small tables', () => {
    // b = 0, c = 5: 2·(1/32) = 0.0625. b = 3, c = 9 (n = 12): P(X ≤ 3) = (1 + 12 + 66 + 220)/4096 =
    // 299/4096, so p = 598/4096. b = c: capped at 1.
    expect(mcnemarTest({ b: 0, c: 5 }).pValue).toBe(0.0625);
    expect(mcnemarTest({ b: 9, c: 3 }).pValue).toBe(598 / 4096);
    expect(mcnemarTest({ b: 6, c: 6 }).pValue).toBe(1);
    expect(mcnemarTest({ b: 0, c: 0 })).toEqual({ b: 0, c: 0, statistic: 0, pValue: 1, method: 'exact' });
  });

  it('switches to chi-square at exactly 25 discordant pairs', () => {
    expect(mcnemarTest({ b: 12, c: 12 }).method).toBe('exact');
    const result = mcnemarTest({ b: 5, c: 20 });
    expect(result.method).toBe('chi-square');
    // (|5 − 20| − 1)² / 25 = 196/25 = 7.84.
    expect(result.statistic).toBeCloseTo(7.84, 12);
    expect(result.pValue).toBeCloseTo(tailBySimpson(7.84), 10);
  });

  it('never gives a negative corrected statistic when b and c are equal', () => {
    const result = mcnemarTest({ b: 20, c: 20 });
    expect(result.statistic).toBe(0);
    expect(result.pValue).toBe(1);
  });

  it('counts the same from pairs as from counts, ignoring concordant pairs', () => {
    const pairs = pairsFrom({ both: 10, onlyA: 3, onlyB: 8, neither: 4 });
    expect(mcnemarTest(pairs)).toEqual(mcnemarTest({ b: 3, c: 8 }));
  });

  it('rejects impossible counts', () => {
    expect(() => mcnemarTest({ b: -1, c: 3 })).toThrow(/non-negative/);
    expect(() => mcnemarTest({ b: 1.5, c: 3 })).toThrow(/whole/);
  });
});
