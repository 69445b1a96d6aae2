import { describe, expect, it } from 'vitest';
import { twoSidedZ, Z_95 } from './confidence-level.ts';

describe('twoSidedZ', () => {
  it('gives the standard normal critical values (standard normal table)', () => {
    expect(twoSidedZ(0.95)).toBe(Z_95);
    expect(Z_95).toBeCloseTo(1.959963984540054, 15);
    expect(twoSidedZ(0.9)).toBeCloseTo(1.6448536269514722, 13);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.5758293035489004, 13);
    expect(twoSidedZ(0.6827)).toBeCloseTo(1, 3);
  });

  it('rejects levels outside (0, 1)', () => {
    expect(() => twoSidedZ(0)).toThrow(/strictly between 0 and 1/);
    expect(() => twoSidedZ(95)).toThrow(/strictly between 0 and 1/);
    expect(() => twoSidedZ(Number.NaN)).toThrow(/strictly between 0 and 1/);
  });
});
