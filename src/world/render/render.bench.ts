import { bench, describe } from 'vitest';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { itemSvgFragment } from './item-fragment.ts';
import { svgToPng } from './png.ts';
import { renderItemSvg } from './product-shot.ts';

/**
 * Render and encode timings: `npx vitest bench src/world/render --run`. Kept out of the tests so a
 * busy machine cannot fail the suite; the numbers it prints are the ones quoted in png.ts.
 */

const items = Array.from({ length: 38 }, (_, index) =>
  sampleItem(Random.for(4, `bench:${index}`), {
    id: `bench${index}`,
    category: CATEGORIES[index % CATEGORIES.length]!,
  }),
);
const products = items.map((item) => renderItemSvg(item));

/** A 4096-px scene of 25 items in a grid, like the high-resolution detail scenes. */
function scene(size: number, count: number): string {
  const columns = Math.ceil(Math.sqrt(count));
  const cell = size / columns;
  let body = '';
  for (let index = 0; index < count; index++) {
    const box = {
      x: (index % columns) * cell + cell * 0.1,
      y: Math.floor(index / columns) * cell + cell * 0.1,
      width: cell * 0.8,
      height: cell * 0.8,
    };
    body += itemSvgFragment(items[index % items.length]!, box, `o${index}-`).svg;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#e9e4da"/>${body}</svg>`;
}
const large = scene(4096, 25);

describe('product shot, 512 px', () => {
  let next = 0;
  bench('SVG string (renderItemSvg)', () => {
    renderItemSvg(items[next++ % items.length]!);
  });
  bench('SVG → PNG (svgToPng)', async () => {
    await svgToPng(products[next++ % products.length]!);
  });
});

describe('scene, 4096 px, 25 items', () => {
  bench('SVG string (25 fragments)', () => {
    scene(4096, 25);
  });
  bench(
    'SVG → PNG (svgToPng)',
    async () => {
      await svgToPng(large);
    },
    { iterations: 5, time: 0 },
  );
});
