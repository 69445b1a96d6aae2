import { describe, expect, it } from 'vitest';
import { hexToRgb } from '../color-science.ts';
import type { Box } from '../geometry.ts';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { PALETTE } from '../palette.ts';
import { Random } from '../random.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { type AnalysedShot, analyseShot } from './item-colors.test-support.ts';
import { classify, foregroundMask, maskBox, maskOf } from './pixel-analysis.test-support.ts';
import { makeItem } from './test-items.test-support.ts';
import { itemTones, PRODUCT_BACKGROUND } from './tones.ts';

/**
 * The parts that change a garment's outline (sleeves, lengths, fit, heels, shafts, brims, straps,
 * fringe), measured on the drawn pixels. Drawn at the category's fixed scale (not the product shot's
 * enlargement), so sizes in pixels compare directly.
 */

async function drawn(item: Item): Promise<{ box: Box; shot: AnalysedShot; mask: Uint8Array }> {
  const shot = await analyseShot(item, { fixedScale: true });
  const mask = foregroundMask(shot.image, PRODUCT_BACKGROUND);
  return { box: maskBox(mask, shot.image.width)!, shot, mask };
}

/** Runs `measure` on an item per value and returns the measurements in order. */
async function series<T>(values: readonly T[], make: (value: T) => Item, measure: (box: Box) => number) {
  const results: number[] = [];
  for (const value of values) results.push(measure((await drawn(make(value))).box));
  return results;
}

const increasing = (values: number[]) =>
  values.every((value, index) => index === 0 || value > values[index - 1]!);

describe('garment parts, measured on the pixels', () => {
  it('hangs longer sleeves lower: none beside the body, then short < three-quarter < long', async () => {
    const lowest: number[] = [];
    for (const sleeve of ['sleeveless', 'short', 'three-quarter', 'long'] as const) {
      const { shot, mask, box } = await drawn(makeItem('top', { parts: { sleeve } }));
      const { width } = shot.image;
      const sideLimit = shot.layout.body.x - 16;
      let bottom = -1;
      mask.forEach((value, index) => {
        if (value && index % width < sideLimit) bottom = Math.max(bottom, Math.floor(index / width));
      });
      lowest.push(bottom < 0 ? -1 : bottom - box.y);
    }
    expect(lowest[0]).toBe(-1);
    expect(increasing(lowest.slice(1))).toBe(true);
    expect(lowest[3]! - lowest[1]!).toBeGreaterThan(120);
  });

  it('lengthens hems: mini < knee < midi < maxi for dresses and skirts, knee < midi < maxi coats', async () => {
    const height = (box: Box) => box.height;
    const lengths = ['mini', 'knee', 'midi', 'maxi'] as const;
    expect(
      increasing(await series(lengths, (length) => makeItem('dress', { parts: { length } }), height)),
    ).toBe(true);
    expect(
      increasing(await series(lengths, (length) => makeItem('skirt', { parts: { length } }), height)),
    ).toBe(true);
    const coats = await series(
      ['knee', 'midi', 'maxi'] as const,
      (length) => makeItem('coat', { parts: { length } }),
      height,
    );
    expect(increasing(coats)).toBe(true);
    const trousers = await series(
      ['cropped', 'full'] as const,
      (length) => makeItem('trousers', { parts: { length } }),
      height,
    );
    expect(trousers[1]! - trousers[0]!).toBeGreaterThan(60);
  });

  it('widens with fit: slim < regular < relaxed tops, slim < regular < wide skirts and trousers', async () => {
    const width = (box: Box) => box.width;
    const tops = await series(
      ['slim', 'regular', 'relaxed'] as const,
      (fit) => makeItem('top', { parts: { fit, sleeve: 'sleeveless' } }),
      width,
    );
    expect(increasing(tops)).toBe(true);
    const skirts = await series(
      ['slim', 'regular', 'wide'] as const,
      (fit) => makeItem('skirt', { parts: { fit } }),
      width,
    );
    expect(increasing(skirts)).toBe(true);
    const trousers = await series(
      ['slim', 'regular', 'wide'] as const,
      (fit) => makeItem('trousers', { parts: { fit } }),
      width,
    );
    expect(increasing(trousers)).toBe(true);
  });

  it('raises heels and shafts: mid < high heels, ankle < mid-calf < knee boots', async () => {
    const height = (box: Box) => box.height;
    expect(
      increasing(
        await series(['mid', 'high'] as const, (heel) => makeItem('heels', { parts: { heel } }), height),
      ),
    ).toBe(true);
    const boots = await series(
      ['ankle', 'mid-calf', 'knee'] as const,
      (shaft) => makeItem('boots', { parts: { shaft } }),
      height,
    );
    expect(increasing(boots), JSON.stringify(boots)).toBe(true);
    const bootHeels = await series(
      ['flat', 'low', 'mid'] as const,
      (heel) => makeItem('boots', { parts: { heel } }),
      height,
    );
    expect(increasing(bootHeels), JSON.stringify(bootHeels)).toBe(true);
  });

  it('widens brims (none < narrow < wide) and lengthens straps (top-handle < shoulder < crossbody)', async () => {
    const brims = await series(
      ['none', 'narrow', 'wide'] as const,
      (brim) => makeItem('hat', { parts: { brim } }),
      (box) => box.width,
    );
    expect(increasing(brims)).toBe(true);
    const straps = await series(
      ['top-handle', 'shoulder', 'crossbody'] as const,
      (strap) => makeItem('bag', { parts: { strap } }),
      (box) => box.height,
    );
    expect(increasing(straps)).toBe(true);
  });

  it('adds fringe below a scarf, cuffs at sleeve ends and stitching in its colour', async () => {
    const scarves = await series(
      [false, true],
      (fringe) => makeItem('scarf', { parts: { fringe } }),
      (box) => box.height,
    );
    expect(scarves[1]! - scarves[0]!).toBeGreaterThan(15);
    const trimmed = async (cuffs: boolean) => {
      const { shot } = await drawn(makeItem('knitwear', { parts: { cuffs } }));
      return shot.regions('trim', 30).reduce((sum, region) => sum + region.area, 0);
    };
    expect(await trimmed(true)).toBeGreaterThan(400);
    expect(await trimmed(false)).toBe(0);
    const yellowPixels = async (stitching: 'yellow' | null) =>
      countNear(
        await analyseShot(makeItem('shirt', { color: 'navy', details: { stitching } }), { fixedScale: true }),
        '#f4d935',
      );
    expect(await yellowPixels('yellow')).toBeGreaterThan(150);
    expect(await yellowPixels(null)).toBeLessThan(10);
  });

  it('shows contrast stitching on every category that has it', async () => {
    for (const category of CATEGORIES) {
      const item = sampleItem(Random.for(6, `stitch:${category}`), { id: category, category });
      const tones = itemTones(item);
      const used = [tones.fabric, tones.pattern, tones.hardware, tones.logo].filter(
        (hex): hex is string => hex !== null,
      );
      const thread = (['yellow', 'fuchsia', 'turquoise', 'white'] as const).find((name) =>
        used.every((hex) => rgbDistance(hex, PALETTE[name].hex) > 80),
      )!;
      // Thread is thin, so count pixels nearer the thread than any other colour of the item.
      const count = async (stitching: string | null) => {
        const shot = await analyseShot(
          { ...item, details: { ...item.details, stitching } },
          { fixedScale: true },
        );
        const colors = [...shot.key.colors.filter((hex) => hex !== PALETTE[thread].hex), PALETTE[thread].hex];
        return maskOf(classify(shot.image, colors, 80), colors.length - 1).reduce(
          (sum, value) => sum + value,
          0,
        );
      };
      const [without, withThread] = [await count(null), await count(thread)];
      expect(withThread - without, category).toBeGreaterThan(40);
    }
  });

  it('opens deeper necklines: crew < square < scoop < v-neck, and a turtleneck rises above them', async () => {
    const depths: number[] = [];
    let crewHeight = 0;
    let turtleHeight = 0;
    for (const neckline of ['crew', 'square', 'scoop', 'v-neck', 'turtleneck'] as const) {
      const { shot, box } = await drawn(makeItem('top', { parts: { neckline } }));
      const [inside] = shot.regions('shade', 30);
      if (neckline === 'crew') crewHeight = box.height;
      if (neckline === 'turtleneck') turtleHeight = box.height;
      else depths.push(inside!.box.y + inside!.box.height - box.y);
    }
    expect(increasing(depths), JSON.stringify(depths)).toBe(true);
    expect(turtleHeight - crewHeight).toBeGreaterThan(20);
  });
});

function rgbDistance(first: string, second: string): number {
  const a = hexToRgb(first);
  const b = hexToRgb(second);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Pixels within a small distance of a colour, whatever the item's own key says. */
function countNear(shot: AnalysedShot, hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const target = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  let count = 0;
  for (let offset = 0; offset < shot.image.data.length; offset += 3) {
    const distance = Math.hypot(
      shot.image.data[offset]! - target[0]!,
      shot.image.data[offset + 1]! - target[1]!,
      shot.image.data[offset + 2]! - target[2]!,
    );
    if (distance < 24) count++;
  }
  return count;
}
