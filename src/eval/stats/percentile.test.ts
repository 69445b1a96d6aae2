import { describe, expect, it } from 'vitest';
import { sortedQuantile } from './percentile.ts';

describe('sortedQuantile', () => {
  it('matches NumPy percentile (linear method) on its documentation example', () => {
    // numpy.percentile docs: a = [[10, 7, 4], [3, 2, 1]]; np.percentile(a, 50) → 3.5.
    const sorted = [1, 2, 3, 4, 7, 10];
    expect(sortedQuantile(sorted, 0.5)).toBe(3.5);
  });

  it('interpolates between order statistics as R type 7 does (hand computation)', () => {
    // 1..10, q = 0.025: position 9·0.025 = 0.225 → 1 + 0.225·(2 − 1) = 1.225;
    // q = 0.975: position 8.775 → 9 + 0.775·(10 − 9) = 9.775.
    const sorted = Float64Array.from({ length: 10 }, (_, index) => index + 1);
    expect(sortedQuantile(sorted, 0.025)).toBeCloseTo(1.225, 12);
    expect(sortedQuantile(sorted, 0.975)).toBeCloseTo(9.775, 12);
    expect(sortedQuantile(sorted, 0)).toBe(1);
    expect(sortedQuantile(sorted, 1)).toBe(10);
  });

  it('handles one value and none', () => {
    expect(sortedQuantile([4], 0.3)).toBe(4);
    expect(sortedQuantile([], 0.5)).toBeNaN();
  });
});
