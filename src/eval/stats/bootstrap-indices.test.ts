import { describe, expect, it } from 'vitest';
import { bootstrapIndices } from './bootstrap-indices.ts';

const copies = (iterator: Iterable<Uint32Array>) => Array.from(iterator, (indices) => Array.from(indices));

describe('bootstrapIndices', () => {
  it('yields the requested number of resamples of n indices in range, the same for the same seed', () => {
    const first = copies(bootstrapIndices(50, { seed: 5, resamples: 20 }));
    expect(first).toHaveLength(20);
    for (const indices of first) {
      expect(indices).toHaveLength(50);
      expect(indices.every((index) => Number.isInteger(index) && index >= 0 && index < 50)).toBe(true);
    }
    expect(copies(bootstrapIndices(50, { seed: 5, resamples: 20 }))).toEqual(first);
    expect(copies(bootstrapIndices(50, { seed: 6, resamples: 20 }))).not.toEqual(first);
  });

  it('leaves out about (1 − 1/n)^n ≈ 36.8% of the items per resample (Efron 1983, the .632 rule)', () => {
    const n = 1000;
    let absent = 0;
    let resamples = 0;
    for (const indices of bootstrapIndices(n, { seed: 9, resamples: 200 })) {
      const seen = new Uint8Array(n);
      for (const index of indices) seen[index] = 1;
      absent += n - seen.reduce((sum, flag) => sum + flag, 0);
      resamples++;
    }
    // (1 − 1/1000)^1000 = 0.36770; over 200,000 item-draws the share is good to about ±0.003.
    expect(absent / (n * resamples)).toBeCloseTo(0.3677, 2);
  });

  it('draws whole clusters: every drawn cluster appears with all its members, as many clusters as there are', () => {
    const clusters = ['a', 'a', 'a', 'b', 'c', 'c', 'd', 'e', 'e', 'e'];
    const members: Record<string, number[]> = { a: [0, 1, 2], b: [3], c: [4, 5], d: [6], e: [7, 8, 9] };
    for (const indices of copies(bootstrapIndices(clusters.length, { clusters, seed: 1, resamples: 300 }))) {
      let position = 0;
      let drawn = 0;
      while (position < indices.length) {
        const label = clusters[indices[position] as number] as string;
        const group = members[label] as number[];
        expect(indices.slice(position, position + group.length)).toEqual(group);
        position += group.length;
        drawn++;
      }
      expect(drawn).toBe(5);
    }
  });

  it('with singleton clusters draws exactly what the plain bootstrap draws', () => {
    const clusters = Array.from({ length: 30 }, (_, index) => `item-${index}`);
    expect(copies(bootstrapIndices(30, { clusters, seed: 3, resamples: 10 }))).toEqual(
      copies(bootstrapIndices(30, { seed: 3, resamples: 10 })),
    );
  });

  it('grows its buffer when the large clusters are drawn repeatedly', () => {
    // One cluster of 50 items and 50 singletons: resamples that draw the big one twice exceed n.
    const clusters = [
      ...Array.from({ length: 50 }, () => 'big'),
      ...Array.from({ length: 50 }, (_, index) => `s${index}`),
    ];
    let longest = 0;
    for (const indices of bootstrapIndices(100, { clusters, seed: 2, resamples: 200 })) {
      longest = Math.max(longest, indices.length);
      expect(indices.every((index) => index < 100)).toBe(true);
    }
    expect(longest).toBeGreaterThan(100);
  });

  it('yields empty resamples for no items and rejects mismatched or invalid input', () => {
    expect(copies(bootstrapIndices(0, { seed: 1, resamples: 3 }))).toEqual([[], [], []]);
    expect(() => bootstrapIndices(3, { clusters: ['a'], seed: 1 })).toThrow(/differ in length/);
    expect(() => bootstrapIndices(3, { seed: 1, resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapIndices(-1, { seed: 1 })).toThrow(/whole number/);
  });
});
