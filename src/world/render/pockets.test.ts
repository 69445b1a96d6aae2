import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORIES, CATEGORY_INFO } from '../vocabulary.ts';
import { boxesIntersect } from './box-math.ts';
import { analyseShot } from './item-colors.test-support.ts';
import { makeItem } from './test-items.test-support.ts';

/** Pockets are patches in a tone reported as layout.pocketColor; counting them is counting patches. */

const POCKETED = CATEGORIES.filter((category) => CATEGORY_INFO[category].parts.pockets !== undefined);

async function pocketsSeen(item: Item) {
  const shot = await analyseShot(item);
  return {
    found: shot.regions('pocket', 20),
    layout: shot.layout,
    color: shot.key.colors[shot.key.label('pocket')],
  };
}

describe('pockets, counted in the pixels', () => {
  it('draws exactly parts.pockets patches in the reported pocket colour, each inside its layout box', async () => {
    let withPockets = 0;
    for (let index = 0; index < 60; index++) {
      const category = POCKETED[index % POCKETED.length]!;
      const item = sampleItem(Random.for(31, `pockets:${index}`), { id: `p${index}`, category });
      const expected = item.parts.pockets ?? 0;
      if (expected > 0) withPockets++;
      const { found, layout, color } = await pocketsSeen(item);
      expect(layout.pocketColor).toBe(color);
      expect({ id: item.id, seen: found.length }).toEqual({ id: item.id, seen: expected });
      expect(layout.pockets).toHaveLength(expected);
      for (const pocket of found) {
        const { x, y, width, height } = pocket.box;
        const container = layout.pockets.find(
          (box) =>
            x >= box.x && y >= box.y && x + width <= box.x + box.width && y + height <= box.y + box.height,
        );
        expect(container, `${item.id}: pocket seen at ${x},${y} has no layout box`).toBeDefined();
      }
      layout.pockets.forEach((box, at) => {
        for (const other of layout.pockets.slice(at + 1)) expect(boxesIntersect(box, other)).toBe(false);
        if (layout.logo) expect(boxesIntersect(box, layout.logo)).toBe(false);
      });
    }
    expect(withPockets).toBeGreaterThan(30);
  });

  it('counts four pockets on jeans and a jacket, and none when there are none', async () => {
    for (const category of ['jeans', 'jacket'] as const) {
      const counts: number[] = [];
      for (const pockets of [0, 1, 2, 4]) {
        const parts = category === 'jeans' ? { pockets, length: 'full' as const } : { pockets };
        counts.push((await pocketsSeen(makeItem(category, { color: 'denim', parts }))).found.length);
      }
      expect(counts).toEqual([0, 1, 2, 4]);
    }
  });
});
