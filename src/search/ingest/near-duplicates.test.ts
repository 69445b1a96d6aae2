import { describe, expect, it } from 'vitest';
import { findNearDuplicates, type HashedAsset } from './near-duplicates.ts';
import { hammingDistance } from './perceptual-hash.ts';

function randomHash(next: () => number): string {
  let hex = '';
  for (let index = 0; index < 16; index++) hex += Math.floor(next() * 16).toString(16);
  return hex;
}

/** Flips `bits` distinct bits of a hash. */
function flip(hash: string, positions: number[]): string {
  let value = BigInt(`0x${hash}`);
  for (const position of positions) value ^= 1n << BigInt(position);
  return value.toString(16).padStart(16, '0');
}

describe('findNearDuplicates', () => {
  it('finds exactly the pairs an independent pairwise comparison finds, each once', () => {
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const assets: HashedAsset[] = [];
    for (let index = 0; index < 150; index++) {
      const base = randomHash(next);
      assets.push({ id: `a${index}`, phash: base, color_grid: null });
      // Near copies at distances 0 … 12 so pairs straddle the threshold.
      const bits = Array.from({ length: index % 13 }, (_, bit) => (bit * 5 + index) % 64);
      assets.push({ id: `b${index}`, phash: flip(base, bits), color_grid: null });
    }
    const { count, pairs: found } = findNearDuplicates(assets, { maxDistance: 8, maxColorDifference: 5 });
    const expected: string[] = [];
    for (let i = 0; i < assets.length; i++) {
      for (let j = i + 1; j < assets.length; j++) {
        if (hammingDistance(assets[i]!.phash, assets[j]!.phash) <= 8)
          expected.push([assets[i]!.id, assets[j]!.id].sort().join('|'));
      }
    }
    expect(found.map((pair) => `${pair.a}|${pair.b}`).sort()).toEqual(expected.sort());
    expect(found.length).toBeGreaterThan(90);
    expect(count).toBe(found.length);
    expect(found.every((pair, index) => index === 0 || found[index - 1]!.distance <= pair.distance)).toBe(
      true,
    );
  });

  it('drops pairs whose colours differ and reports only pairs that touch the focus', () => {
    const red = 'ff0000'.repeat(16);
    const navy = '000080'.repeat(16);
    const assets: HashedAsset[] = [
      { id: 'red-skirt', phash: '0f0f0f0f0f0f0f0f', color_grid: red },
      { id: 'navy-skirt', phash: '0f0f0f0f0f0f0f0f', color_grid: navy },
      { id: 'red-copy', phash: '0f0f0f0f0f0f0f0e', color_grid: red },
      { id: 'old-red', phash: '0f0f0f0f0f0f0f0c', color_grid: red },
    ];
    const criteria = { maxDistance: 4, maxColorDifference: 5 };
    expect(findNearDuplicates(assets, criteria).pairs.map((pair) => [pair.a, pair.b, pair.distance])).toEqual(
      [
        ['old-red', 'red-copy', 1],
        ['red-copy', 'red-skirt', 1],
        ['old-red', 'red-skirt', 2],
      ],
    );
    const focused = findNearDuplicates(assets, criteria, new Set(['red-copy']));
    expect(focused.pairs.map((pair) => `${pair.a}|${pair.b}`)).toEqual([
      'old-red|red-copy',
      'red-copy|red-skirt',
    ]);
  });

  it('counts every pair but keeps only the closest ones asked for', () => {
    const assets: HashedAsset[] = [
      '0000000000000000',
      '0000000000000001',
      '0000000000000003',
      '0000000000000007',
    ].map((phash, index) => ({ id: `x${index}`, phash, color_grid: null }));
    const result = findNearDuplicates(assets, { maxDistance: 3, maxColorDifference: 5 }, undefined, 2);
    expect(result.count).toBe(6);
    expect(result.pairs.map((pair) => [pair.a, pair.b, pair.distance])).toEqual([
      ['x0', 'x1', 1],
      ['x1', 'x2', 1],
    ]);
  });
});
