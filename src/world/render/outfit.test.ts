import { describe, expect, it } from 'vitest';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import type { Category } from '../vocabulary.ts';
import { boxesIntersect } from './box-math.ts';
import { renderOutfit } from './outfit.ts';
import { foregroundMask, rasterise } from './pixel-analysis.test-support.ts';
import { PRODUCT_BACKGROUND } from './tones.ts';

const OUTFITS: Category[][] = [
  ['dress'],
  ['shirt', 'jeans'],
  ['top', 'skirt', 'heels'],
  ['shirt', 'trousers', 'loafers', 'belt'],
  ['coat', 'knitwear', 'trousers', 'boots', 'scarf', 'hat'],
  ['jacket', 'top', 'jeans', 'sneakers', 'bag', 'belt', 'hat', 'scarf'],
];

describe('outfit flat-lay', () => {
  it('lays items out without overlaps, every drawn pixel inside some item box', async () => {
    for (const [index, categories] of OUTFITS.entries()) {
      const items = categories.map((category, at) =>
        sampleItem(Random.for(8, `outfit:${index}:${at}`), { id: `o${index}-${at}`, category }),
      );
      const { svg, layouts } = renderOutfit(items);
      expect(layouts).toHaveLength(items.length);
      layouts.forEach((layout, at) => {
        for (const other of layouts.slice(at + 1))
          expect(boxesIntersect(layout.item, other.item)).toBe(false);
        expect(layout.item.x).toBeGreaterThanOrEqual(0);
        expect(layout.item.x + layout.item.width).toBeLessThanOrEqual(512);
      });
      const image = await rasterise(svg);
      const mask = foregroundMask(image, PRODUCT_BACKGROUND, 0);
      mask.forEach((value, pixel) => {
        if (!value) return;
        const x = pixel % 512;
        const y = Math.floor(pixel / 512);
        const owner = layouts.some(
          ({ item }) => x >= item.x && y >= item.y && x < item.x + item.width && y < item.y + item.height,
        );
        if (!owner) throw new Error(`outfit ${index}: pixel ${x},${y} lies outside every item box`);
      });
    }
  });
});
