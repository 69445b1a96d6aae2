import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval.ts';

/**
 * The Wilson interval by its definition, found by bisection: the p on each side of p̂ where
 * |p̂ − p| = z·√(p(1 − p)/n). No closed form involved.
 */
function wilsonByBisection(successes: number, n: number, z: number): [number, number] {
  const estimate = successes / n;
  const outside = (p: number) => Math.abs(estimate - p) > z * Math.sqrt((p * (1 - p)) / n);
  const boundary = (inside: number, beyond: number) => {
    let a = inside;
    let b = beyond;
    for (let step = 0; step < 200; step++) {
      const middle = (a + b) / 2;
      if (outside(middle)) b = middle;
      else a = middle;
    }
    return (a + b) / 2;
  };
  return [successes === 0 ? 0 : boundary(estimate, 0), successes === n ? 1 : boundary(estimate, 1)];
}

describe('wilsonInterval', () => {
  it('reproduces Newcombe (1998) Table I, method 3 (Wilson score without continuity correction)', () => {
    // Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven
    // methods. Stat Med 1998;17:857–872, Table I examples (a)–(d).
    const examples: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [successes, n, low, high] of examples) {
      const interval = wilsonInterval(successes, n);
      expect(interval.estimate).toBe(successes / n);
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
    }
  });

  it('agrees with the definition solved by bisection, at several levels', () => {
    const levels: [number, number][] = [
      [0.95, 1.959963984540054],
      [0.9, 1.6448536269514722],
      [0.99, 2.5758293035489004],
    ];
    for (const [confidence, z] of levels) {
      for (const [successes, n] of [
        [0, 1],
        [1, 1],
        [3, 7],
        [50, 100],
        [999, 1000],
        [12, 4000],
      ] as const) {
        const interval = wilsonInterval(successes, n, confidence);
        const [low, high] = wilsonByBisection(successes, n, z);
        expect(interval.low).toBeCloseTo(low, 12);
        expect(interval.high).toBeCloseTo(high, 12);
      }
    }
  });

  it('is exactly [0, …] and […, 1] at the extremes and stays inside [0, 1]', () => {
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBe(1);
    // 0/20 upper bound z²/(n + z²) by hand: 3.8415/23.8415 = 0.16113.
    expect(wilsonInterval(0, 20).high).toBeCloseTo(3.841458820694124 / (20 + 3.841458820694124), 12);
  });

  it('returns NaN and the whole [0, 1] when there are no trials', () => {
    const interval = wilsonInterval(0, 0);
    expect(interval.estimate).toBeNaN();
    expect(interval.low).toBe(0);
    expect(interval.high).toBe(1);
  });

  it('rejects impossible counts and levels', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(/0 ≤ successes ≤ n/);
    expect(() => wilsonInterval(-1, 4)).toThrow(/0 ≤ successes ≤ n/);
    expect(() => wilsonInterval(1.5, 4)).toThrow(/integer/);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(/confidence/);
    expect(() => wilsonInterval(1, 4, 95)).toThrow(/confidence/);
  });
});
