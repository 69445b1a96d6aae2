import { describe, expect, it } from 'vitest';
import { setF1 } from './set-f1.ts';

describe('setF1', () => {
  it('computes precision, recall and F1 by hand', () => {
    // Predicted {a, b, c}, expected {b, c, d, e}: 2 true positives, P = 2/3, R = 2/4,
    // F1 = 2PR/(P + R) = 4/7, which is also 2·TP/(|predicted| + |expected|) = 4/7.
    const result = setF1(['a', 'b', 'c'], ['b', 'c', 'd', 'e']);
    expect(result.truePositives).toBe(2);
    expect(result.precision).toBeCloseTo(2 / 3, 12);
    expect(result.recall).toBeCloseTo(1 / 2, 12);
    expect(result.f1).toBeCloseTo(4 / 7, 12);
  });

  it('matches 2·TP/(|P| + |E|) on many random sets', () => {
    const letters = 'abcdefgh'.split('');
    for (let mask = 1; mask < 256; mask += 7) {
      const predicted = letters.filter((_, index) => (mask >> index) & 1);
      const expected = letters.filter((_, index) => ((mask * 37) >> index) & 1);
      if (expected.length === 0) continue;
      const truePositives = predicted.filter((letter) => expected.includes(letter)).length;
      expect(setF1(predicted, expected).f1).toBeCloseTo(
        (2 * truePositives) / (predicted.length + expected.length),
        12,
      );
    }
  });

  it('counts duplicates once and accepts any iterable', () => {
    expect(setF1(['search', 'search'], new Set(['search']))).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      truePositives: 1,
    });
  });

  it('scores both-empty as perfect and one-side-empty as a miss', () => {
    expect(setF1([], [])).toEqual({ precision: 1, recall: 1, f1: 1, truePositives: 0 });
    expect(setF1([], ['zoom'])).toEqual({ precision: 0, recall: 0, f1: 0, truePositives: 0 });
    expect(setF1(['zoom'], [])).toEqual({ precision: 0, recall: 0, f1: 0, truePositives: 0 });
    expect(setF1(['zoom'], ['search'])).toEqual({ precision: 0, recall: 0, f1: 0, truePositives: 0 });
  });
});
