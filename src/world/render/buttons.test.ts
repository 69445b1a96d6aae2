import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import type { Category } from '../vocabulary.ts';
import { boxesIntersect } from './box-math.ts';
import { analyseShot } from './item-colors.test-support.ts';

/** Categories whose closure can be buttons. */
const BUTTONED: readonly Category[] = [
  'shirt',
  'blouse',
  'knitwear',
  'skirt',
  'dress',
  'jacket',
  'coat',
  'bag',
];

/** Seeded items with buttons, cycling through the categories, so every run checks the same ones. */
function buttonedItems(count: number): Item[] {
  const items: Item[] = [];
  for (let index = 0; items.length < count; index++) {
    const category = BUTTONED[index % BUTTONED.length]!;
    const item = sampleItem(Random.for(2024, `buttons:${index}`), { id: `b${index}`, category });
    if (item.parts.closure === 'buttons') items.push(item);
  }
  return items;
}

async function buttonsSeen(item: Item) {
  const shot = await analyseShot(item);
  return { found: shot.regions('hardware'), layout: shot.layout };
}

describe('buttons, counted in the pixels', () => {
  const items = buttonedItems(64);

  it('samples a varied set: every buttoned category, patterned fabrics, logos', () => {
    expect(new Set(items.map((item) => item.category)).size).toBe(BUTTONED.length);
    expect(items.filter((item) => item.pattern.kind !== 'solid').length).toBeGreaterThan(10);
    expect(items.filter((item) => item.details.logo !== null).length).toBeGreaterThan(3);
  });

  it('draws exactly parts.buttons separate hardware-coloured buttons, each inside its layout box', async () => {
    for (const item of items) {
      const { found, layout } = await buttonsSeen(item);
      expect({ id: item.id, seen: found.length }).toEqual({ id: item.id, seen: item.parts.buttons });
      expect(layout.buttons).toHaveLength(item.parts.buttons!);
      for (const button of found) {
        const { x, y, width, height } = button.box;
        const container = layout.buttons.find(
          (box) =>
            x >= box.x && y >= box.y && x + width <= box.x + box.width && y + height <= box.y + box.height,
        );
        expect(container, `${item.id}: button seen at ${x},${y} has no layout box`).toBeDefined();
      }
      layout.buttons.forEach((box, index) => {
        for (const other of layout.buttons.slice(index + 1)) expect(boxesIntersect(box, other)).toBe(false);
      });
    }
  });

  it('counts what is drawn, not what is expected: the count follows parts.buttons', async () => {
    const base = items.find((item) => item.category === 'shirt')!;
    const counts: number[] = [];
    for (const buttons of [2, 3, 5, 7])
      counts.push((await buttonsSeen({ ...base, parts: { ...base.parts, buttons } })).found.length);
    expect(counts).toEqual([2, 3, 5, 7]);
    // A wrong expectation fails: the detector does not echo the record.
    expect(counts).not.toEqual([2, 3, 5, 8]);
  });

  it('draws no buttons when the closure is a zip', async () => {
    const base = items.find((item) => item.category === 'jacket')!;
    const { layout } = await buttonsSeen({
      ...base,
      parts: { ...base.parts, closure: 'zip', buttons: undefined },
    });
    expect(layout.buttons).toEqual([]);
  });
});
