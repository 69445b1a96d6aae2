import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './fusion.ts';

describe('reciprocalRankFusion', () => {
  it('matches scores worked out by hand with k = 60', () => {
    // text: 7, 3, 9   image: 3, 5
    // 3: 1/62 + 1/61 = 0.0325224…   7: 1/61 = 0.0163934…   5: 1/62 = 0.0161290…   9: 1/63 = 0.0158730…
    const fused = reciprocalRankFusion([
      { name: 'text', keys: [7, 3, 9] },
      { name: 'image', keys: [3, 5] },
    ]);
    expect(fused.map((hit) => hit.key)).toEqual([3, 7, 5, 9]);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fused[0]!.ranks).toEqual({ text: 2, image: 1 });
    expect(fused[3]!.score).toBeCloseTo(1 / 63, 12);
  });

  it('with k = 0, two second places tie with one first place', () => {
    // 1: 1/1 + 1/3 = 1.3333   2: 1/2 + 1/2 = 1.0   3: 1/1 = 1.0 → 2 and 3 tie, broken by key
    const fused = reciprocalRankFusion(
      [
        { name: 'a', keys: [1, 2] },
        { name: 'b', keys: [3, 2, 1] },
      ],
      0,
    );
    expect(fused.map((hit) => [hit.key, Number(hit.score.toFixed(4))])).toEqual([
      [1, 1.3333],
      [2, 1],
      [3, 1],
    ]);
  });

  it('counts a duplicated key once per list', () => {
    const fused = reciprocalRankFusion([{ name: 'a', keys: [4, 4, 5] }]);
    expect(fused.find((hit) => hit.key === 4)!.score).toBeCloseTo(1 / 61, 12);
  });
});
