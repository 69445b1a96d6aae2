import { describe, expect, it } from 'vitest';
import { isAtelierError } from '../../core/index.ts';
import type { Box } from '../geometry.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORIES, CATEGORY_INFO } from '../vocabulary.ts';
import { analyseShot } from './item-colors.test-support.ts';
import { ItemDrawing } from './item-drawing.ts';
import { itemSvgFragment } from './item-fragment.ts';
import { foregroundMask, maskBox, maskInside, rasterise } from './pixel-analysis.test-support.ts';
import { renderItemSvg } from './product-shot.ts';
import { SILHOUETTE_RENDERERS } from './silhouettes/index.ts';
import { makeItem } from './test-items.test-support.ts';
import { MAX_TEXTURE_OPACITY } from './textures.ts';
import { PRODUCT_BACKGROUND } from './tones.ts';

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const sampled = (count: number, label: string) =>
  Array.from({ length: count }, (_, index) =>
    sampleItem(Random.for(9, `${label}:${index}`), {
      id: `${label}${index}`,
      category: CATEGORIES[index % CATEGORIES.length]!,
    }),
  );

describe('item layout and fragments', () => {
  it('reports an item box that holds every drawn pixel, for two items of every category', async () => {
    for (const item of sampled(CATEGORIES.length * 2, 'layout')) {
      const shot = await analyseShot(item);
      const mask = foregroundMask(shot.image, PRODUCT_BACKGROUND, 0);
      expect(maskInside(mask, shot.image.width, shot.layout.item), item.id).toBe(true);
      // Tight, too: the box is the drawing's, not a generous guess.
      const seen = maskBox(mask, shot.image.width)!;
      expect(shot.layout.item.width - seen.width, item.id).toBeLessThanOrEqual(3);
      expect(shot.layout.item.height - seen.height, item.id).toBeLessThanOrEqual(3);
      for (const box of [shot.layout.body, ...shot.layout.buttons, ...shot.layout.pockets]) {
        expect(contains(shot.layout.item, box), item.id).toBe(true);
      }
    }
  });

  it('keeps every variant inside its silhouette frame', () => {
    for (let index = 0; index < 600; index++) {
      const item = sampleItem(Random.for(3, `frame:${index}`), {
        id: `f${index}`,
        category: CATEGORIES[index % CATEGORIES.length]!,
      });
      const renderer = SILHOUETTE_RENDERERS[CATEGORY_INFO[item.category].silhouette];
      const frame = renderer.frame(item);
      const drawing = new ItemDrawing(item, 'f-', frame);
      renderer.draw(drawing);
      expect(contains({ x: 0, y: 0, ...frame }, drawing.extent), `${item.id} ${item.category}`).toBe(true);
    }
  });

  it('draws a fragment inside the box it is given, with layout in document coordinates', async () => {
    const item = makeItem('shirt', {
      color: 'red',
      details: { logo: { shape: 'star', color: 'white', size: 'large', position: 'center' } },
    });
    const box = { x: 300, y: 120, width: 180, height: 260 };
    const { svg, layout } = itemSvgFragment(item, box, 'a1-');
    const image = await rasterise(
      `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" fill="${PRODUCT_BACKGROUND}"/>${svg}</svg>`,
    );
    const mask = foregroundMask(image, PRODUCT_BACKGROUND, 0);
    expect(maskInside(mask, 512, layout.item)).toBe(true);
    expect(
      contains(
        { x: Math.floor(box.x), y: Math.floor(box.y), width: box.width + 1, height: box.height + 1 },
        layout.item,
      ),
    ).toBe(true);
    expect(layout.buttons).toHaveLength(5);
    expect(contains(layout.body, layout.logo!)).toBe(true);
  });

  it('prefixes every id, so many items can share one document', () => {
    const item = makeItem('top', {
      pattern: { kind: 'dots', color: 'white', scale: 'small' },
      texture: 'linen',
    });
    const first = itemSvgFragment(item, { x: 0, y: 0, width: 100, height: 100 }, 'one-').svg;
    const second = itemSvgFragment(item, { x: 100, y: 0, width: 100, height: 100 }, 'two-').svg;
    const ids = (svg: string) => [...svg.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids(first).length).toBeGreaterThan(1);
    for (const id of ids(first)) expect(id.startsWith('one-')).toBe(true);
    for (const id of ids(second)) expect(id.startsWith('two-')).toBe(true);
    for (const reference of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids(first)).toContain(reference[1]);
  });

  it('rejects an unusable id prefix or box with an INVALID_ARGUMENT error', () => {
    const item = makeItem('top');
    const failure = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return null;
    };
    for (const error of [
      failure(() => itemSvgFragment(item, { x: 0, y: 0, width: 10, height: 10 }, 'bad prefix"')),
      failure(() => itemSvgFragment(item, { x: 0, y: 0, width: 0, height: 10 }, 'ok-')),
      failure(() => renderItemSvg(item, { size: 100000 })),
    ]) {
      expect(isAtelierError(error) && error.code === 'INVALID_ARGUMENT').toBe(true);
    }
  });

  it('writes no text and keeps every overlay faint, for every category', () => {
    for (const item of sampled(CATEGORIES.length * 3, 'markup')) {
      const svg = renderItemSvg(item);
      expect(svg).not.toMatch(/<text|<tspan|font-family/);
      for (const match of svg.matchAll(/\s(?:fill-|stroke-)?opacity="([\d.]+)"/g)) {
        expect(Number(match[1])).toBeLessThanOrEqual(MAX_TEXTURE_OPACITY);
      }
    }
  });
});
