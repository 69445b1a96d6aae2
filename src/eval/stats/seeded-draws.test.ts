import { describe, expect, it } from 'vitest';
import { seededDraws } from './seeded-draws.ts';
import { seededRandom } from './seeded-random.ts';

const SEEDS = [0, 1, -1, 42, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

describe('seededDraws', () => {
  it.each(SEEDS)('gives the stream of seededRandom(%d), value for value', (seed) => {
    const reference = seededRandom(seed);
    const draws = seededDraws(seed);
    for (const bound of [1, 2, 3, 1000, 99_991, 2 ** 31 + 1, 2 ** 32]) {
      const filled = new Uint32Array(2000);
      draws.fillInts(filled, bound);
      const expected = Uint32Array.from({ length: 2000 }, () => reference.nextInt(bound));
      expect(filled).toEqual(expected);
      // The single-value methods continue the same stream.
      expect(draws.nextUint32()).toBe(reference.nextUint32());
      expect(draws.next()).toBe(reference.next());
      expect(draws.nextInt(bound)).toBe(reference.nextInt(bound));
    }
  });

  it('fills only the first `count` entries', () => {
    const out = new Uint32Array(10).fill(7);
    seededDraws(3).fillInts(out, 5, 4);
    expect([...out.subarray(4)]).toEqual([7, 7, 7, 7, 7, 7]);
    expect([...out.subarray(0, 4)]).toEqual(
      Array.from(
        { length: 4 },
        (
          (random) => () =>
            random.nextInt(5)
        )(seededRandom(3)),
      ),
    );
  });

  it('refuses a seed that is not a safe integer and a bound outside [1, 2^32]', () => {
    expect(() => seededDraws(0.5)).toThrow(/safe integer/);
    expect(() => seededDraws(2 ** 53)).toThrow(/safe integer/);
    expect(() => seededDraws(1).fillInts(new Uint32Array(1), 0)).toThrow(/bound/);
    expect(() => seededDraws(1).nextInt(2 ** 32 + 1)).toThrow(/bound/);
  });
});
