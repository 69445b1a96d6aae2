import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { CATEGORIES, CATEGORY_INFO, LOGO_POSITIONS, type LogoShape } from '../vocabulary.ts';
import { analyseShot } from './item-colors.test-support.ts';
import { logoCell } from './logo.ts';
import { maskBox, maskInside } from './pixel-analysis.test-support.ts';
import { makeItem } from './test-items.test-support.ts';

/** The logo as seen: all pixels of the logo colour, and their centroid. */
async function logoSeen(item: Item) {
  const shot = await analyseShot(item);
  const mask = shot.mask('logo');
  let area = 0;
  let sumX = 0;
  let sumY = 0;
  mask.forEach((value, index) => {
    if (!value) return;
    area++;
    sumX += (index % shot.image.width) + 0.5;
    sumY += Math.floor(index / shot.image.width) + 0.5;
  });
  return {
    area,
    centroid: { x: sumX / area, y: sumY / area },
    box: maskBox(mask, shot.image.width),
    mask,
    shot,
  };
}

const withLogo = (
  category: 'top' | 'bag' | 'jacket' | 'hat',
  logo: Partial<NonNullable<Item['details']['logo']>>,
) =>
  makeItem(category, {
    color: 'navy',
    details: { logo: { shape: 'square', color: 'yellow', size: 'medium', position: 'center', ...logo } },
  });

describe('logos, found in the pixels', () => {
  for (const category of ['top', 'bag', 'jacket', 'hat'] as const) {
    it(`puts the ${category} logo in the named third of the body box, for all nine positions`, async () => {
      for (const position of LOGO_POSITIONS) {
        const { area, centroid, box, mask, shot } = await logoSeen(withLogo(category, { position }));
        const body = shot.layout.body;
        expect(area, `${category} ${position}`).toBeGreaterThan(40);
        const column = Math.floor(((centroid.x - body.x) / body.width) * 3);
        const row = Math.floor(((centroid.y - body.y) / body.height) * 3);
        expect({ position, column, row }).toEqual({ position, ...logoCell(position) });
        expect(maskInside(mask, shot.image.width, shot.layout.logo!)).toBe(true);
        expect(box).not.toBeNull();
      }
    });
  }

  it('grows with size: small < medium < large', async () => {
    const areas: number[] = [];
    for (const size of ['small', 'medium', 'large'] as const)
      areas.push((await logoSeen(withLogo('top', { size }))).area);
    expect(areas[0]!).toBeGreaterThan(20);
    expect(areas[1]! / areas[0]!).toBeGreaterThan(1.8);
    expect(areas[2]! / areas[1]!).toBeGreaterThan(1.8);
  });

  it('draws each shape recognisably: fill ratio and balance of its bounding box', async () => {
    const measured: Partial<Record<LogoShape, { fill: number; balance: number }>> = {};
    for (const shape of ['circle', 'square', 'triangle', 'star', 'diamond', 'heart'] as const) {
      const { area, centroid, box } = await logoSeen(withLogo('top', { shape, size: 'large' }));
      // fill: share of the bounding box covered; balance: where the mass sits vertically (0 top, 1 bottom).
      measured[shape] = {
        fill: area / (box!.width * box!.height),
        balance: (centroid.y - box!.y) / box!.height,
      };
    }
    expect(measured.square!.fill).toBeGreaterThan(0.9);
    expect(measured.circle!.fill).toBeGreaterThan(0.72);
    expect(measured.circle!.fill).toBeLessThan(0.86);
    expect(measured.triangle!.fill).toBeLessThan(0.6);
    expect(measured.triangle!.balance).toBeGreaterThan(0.58);
    expect(measured.diamond!.fill).toBeLessThan(0.6);
    expect(Math.abs(measured.diamond!.balance - 0.5)).toBeLessThan(0.04);
    expect(measured.star!.fill).toBeLessThan(0.5);
    expect(measured.heart!.fill).toBeGreaterThan(0.55);
    expect(measured.heart!.fill).toBeLessThan(0.8);
    expect(measured.heart!.balance).toBeLessThan(0.5);
  });

  it('finds the logo of sampled items in its colour, inside its layout box and in its third', async () => {
    const logoCategories = CATEGORIES.filter((category) => CATEGORY_INFO[category].logo);
    let checked = 0;
    for (let index = 0; checked < 24; index++) {
      const category = logoCategories[index % logoCategories.length]!;
      const item = sampleItem(Random.for(77, `logo:${index}`), { id: `l${index}`, category });
      if (!item.details.logo) continue;
      checked++;
      const shot = await analyseShot(item);
      const { body, logo } = shot.layout;
      const [largest] = shot.regions('logo');
      expect(largest?.area, item.id).toBeGreaterThan(8);
      const centroid = largest!.centroid;
      // Anti-aliased blends of two other colours can land near the logo colour; solid regions cannot.
      for (const region of shot.regions('logo')) {
        const { x, y, width, height } = region.box;
        const inside =
          x >= logo!.x &&
          y >= logo!.y &&
          x + width <= logo!.x + logo!.width &&
          y + height <= logo!.y + logo!.height;
        expect(
          inside,
          `${item.id}: logo-coloured region at ${x},${y} ${JSON.stringify(item.details)} ${JSON.stringify(item.pattern)}`,
        ).toBe(true);
      }
      const column = Math.floor(((centroid.x - body.x) / body.width) * 3);
      const row = Math.floor(((centroid.y - body.y) / body.height) * 3);
      expect({ id: item.id, column, row }).toEqual({ id: item.id, ...logoCell(item.details.logo!.position) });
    }
  });

  it('draws no logo-coloured region when the item has no logo', async () => {
    const shot = await analyseShot(makeItem('top', { color: 'navy' }));
    expect(shot.layout.logo).toBeUndefined();
  });
});
