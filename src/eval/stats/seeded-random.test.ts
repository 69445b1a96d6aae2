import { describe, expect, it } from 'vitest';
import { seededRandom, xoshiro128StarStar } from './seeded-random.ts';

/** An independent xoshiro128** in BigInt arithmetic, written from the published algorithm. */
function referenceXoshiro(state: [bigint, bigint, bigint, bigint]): () => number {
  const mask = 0xffffffffn;
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & mask;
  const s = [...state];
  return () => {
    const [s0, s1, s2, s3] = s as [bigint, bigint, bigint, bigint];
    const result = (rotl((s1 * 5n) & mask, 7n) * 9n) & mask;
    const t = (s1 << 9n) & mask;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    const n1 = s1 ^ n2;
    const n0 = s0 ^ n3;
    s[0] = n0;
    s[1] = n1;
    s[2] = n2 ^ t;
    s[3] = rotl(n3, 11n);
    return Number(result);
  };
}

describe('xoshiro128StarStar', () => {
  it('matches the reference implementation from state {1, 2, 3, 4}', () => {
    // Test vector of Blackman & Vigna's xoshiro128starstar.c v1.1, as used in Rust rand_xoshiro's
    // `test_xoshiro128starstar_reference`; the first three are also easy by hand:
    // rotl(2·5, 7)·9 = 1280·9 = 11520, then s1 becomes 0 so the second output is 0.
    const random = xoshiro128StarStar([1, 2, 3, 4]);
    const outputs = Array.from({ length: 10 }, () => random.nextUint32());
    expect(outputs).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('agrees with a BigInt implementation over a long run', () => {
    const fast = xoshiro128StarStar([0xdeadbeef, 0x12345678, 0xffffffff, 7]);
    const slow = referenceXoshiro([0xdeadbeefn, 0x12345678n, 0xffffffffn, 7n]);
    for (let index = 0; index < 5000; index++) expect(fast.nextUint32()).toBe(slow());
  });

  it('refuses the all-zero state, which would output zeros forever', () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow(/all-zero/);
  });
});

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and different numbers for another', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => random.nextUint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(0)).not.toEqual(draw(2 ** 32));
    expect(draw(-1)).not.toEqual(draw(1));
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => seededRandom(1.5)).toThrow(/safe integer/);
    expect(() => seededRandom(Number.NaN)).toThrow(/safe integer/);
  });

  it('draws floats in [0, 1) with the right mean', () => {
    const random = seededRandom(7);
    let sum = 0;
    let outside = 0;
    for (let index = 0; index < 100_000; index++) {
      const value = random.next();
      if (!(value >= 0 && value < 1)) outside++;
      sum += value;
    }
    expect(outside).toBe(0);
    // Mean of U(0,1) is 1/2 with standard error sqrt(1/12/1e5) ≈ 0.0009; 0.005 is over 5 SE.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it('draws integers uniformly (chi-square goodness of fit)', () => {
    const random = seededRandom(11);
    const bins = 10;
    const draws = 100_000;
    const counts = new Array<number>(bins).fill(0);
    let invalid = 0;
    for (let index = 0; index < draws; index++) {
      const value = random.nextInt(bins);
      if (!(Number.isInteger(value) && value >= 0 && value < bins)) invalid++;
      counts[value] = (counts[value] ?? 0) + 1;
    }
    expect(invalid).toBe(0);
    const expected = draws / bins;
    const statistic = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // Chi-square table, 9 degrees of freedom: the 0.999 quantile is 27.877.
    expect(statistic).toBeLessThan(27.877);
  });

  it('has no modulo bias for a bound of 3·2^30', () => {
    // x mod 3·2^30 over uniform 32-bit x would map [3·2^30, 2^32) onto [0, 2^30) again, so a naive
    // draw lands below 2^30 half the time; an unbiased one a third of the time.
    const random = seededRandom(3);
    const bound = 3 * 2 ** 30;
    let below = 0;
    let outside = 0;
    for (let index = 0; index < 20_000; index++) {
      const value = random.nextInt(bound);
      if (value >= bound) outside++;
      if (value < 2 ** 30) below++;
    }
    expect(outside).toBe(0);
    // Standard error of the share is sqrt(1/3·2/3/20000) ≈ 0.0033.
    expect(Math.abs(below / 20_000 - 1 / 3)).toBeLessThan(0.02);
  });

  it('rejects bounds that are not integers in [1, 2^32]', () => {
    const random = seededRandom(1);
    expect(() => random.nextInt(0)).toThrow(/bound/);
    expect(() => random.nextInt(2.5)).toThrow(/bound/);
    expect(random.nextInt(1)).toBe(0);
  });
});

const SEEDS = [0, 1, -1, 42, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

describe('seededRandom fillInts', () => {
  it.each(SEEDS)('fills what nextInt calls on seededRandom(%d) return, value for value', (seed) => {
    const reference = seededRandom(seed);
    const draws = seededRandom(seed);
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
    seededRandom(3).fillInts(out, 5, 4);
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

  it('refuses a bound outside [1, 2^32]', () => {
    expect(() => seededRandom(1).fillInts(new Uint32Array(1), 0)).toThrow(/bound/);
    expect(() => seededRandom(1).fillInts(new Uint32Array(1), 2 ** 32 + 1)).toThrow(/bound/);
  });
});
