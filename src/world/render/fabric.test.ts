import { describe, expect, it } from 'vitest';
import { hexToRgb } from '../color-science.ts';
import type { Item, Pattern } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { PALETTE } from '../palette.ts';
import { Random } from '../random.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { type AnalysedShot, analyseShot } from './item-colors.test-support.ts';
import { foregroundMask, modeColor } from './pixel-analysis.test-support.ts';
import { makeItem } from './test-items.test-support.ts';
import { PRODUCT_BACKGROUND } from './tones.ts';

/** Fabric colour and pattern, read back from the pixels of the garment's body panel. */

/** Labels inside the body box, shrunk a little so edges and seams stay out. */
function bodyWindow(shot: AnalysedShot) {
  const { body } = shot.layout;
  const inset = 6;
  const x0 = body.x + inset;
  const y0 = body.y + inset;
  const width = body.width - 2 * inset;
  const height = body.height - 2 * inset;
  const fabric = shot.key.label('fabric');
  const pattern = shot.key.label('pattern');
  const at = (x: number, y: number) => shot.labels[(y0 + y) * shot.image.width + x0 + x]!;
  return { width, height, at, fabric, pattern };
}

/**
 * Changes between fabric and pattern colour along rows (across) and along columns (down). An
 * anti-aliased edge pixel matches neither colour, so a change is counted when the last matching pixel
 * on the scanline had the other colour. The pattern's share of the window counts every pixel for the
 * nearer of the two colours, so a thin pinstripe's blended pixels still count for half.
 */
function transitions(shot: AnalysedShot): { across: number; down: number; patternShare: number } {
  const { width, height, at, fabric, pattern } = bodyWindow(shot);
  const isCloth = (label: number) => label === fabric || label === pattern;
  let across = 0;
  let down = 0;
  for (let y = 0; y < height; y++) {
    let last = -1;
    for (let x = 0; x < width; x++) {
      const here = at(x, y);
      if (!isCloth(here)) continue;
      if (last !== -1 && last !== here) across++;
      last = here;
    }
  }
  for (let x = 0; x < width; x++) {
    let last = -1;
    for (let y = 0; y < height; y++) {
      const here = at(x, y);
      if (!isCloth(here)) continue;
      if (last !== -1 && last !== here) down++;
      last = here;
    }
  }
  return { across, down, patternShare: patternShare(shot) };
}

function patternShare(shot: AnalysedShot): number {
  const { colors } = shot.key;
  const fabric = hexToRgb(colors[shot.key.label('fabric')]!);
  const patternIndex = shot.key.label('pattern');
  if (patternIndex < 0) return 0;
  const pattern = hexToRgb(colors[patternIndex]!);
  const { body } = shot.layout;
  const { data, width } = shot.image;
  let near = 0;
  let total = 0;
  for (let y = body.y + 6; y < body.y + body.height - 6; y++) {
    for (let x = body.x + 6; x < body.x + body.width - 6; x++) {
      const offset = (y * width + x) * 3;
      const distance = (rgb: readonly number[]) =>
        Math.hypot(data[offset]! - rgb[0]!, data[offset + 1]! - rgb[1]!, data[offset + 2]! - rgb[2]!);
      total++;
      if (distance(pattern) < distance(fabric)) near++;
    }
  }
  return near / total;
}

const patterned = (pattern: Pattern): Item =>
  makeItem('top', { color: 'navy', pattern, parts: { sleeve: 'sleeveless' } });

describe('fabric colour and pattern, from the pixels', () => {
  it('makes the item colour the dominant colour of every solid item', async () => {
    let checked = 0;
    for (let index = 0; checked < 38; index++) {
      const category = CATEGORIES[index % CATEGORIES.length]!;
      const item = sampleItem(Random.for(5, `solid:${index}`), { id: `s${index}`, category });
      if (item.pattern.kind !== 'solid') continue;
      checked++;
      const shot = await analyseShot(item);
      const mode = modeColor(shot.image, foregroundMask(shot.image, PRODUCT_BACKGROUND, 0));
      expect({ id: item.id, mode }).toEqual({
        id: item.id,
        mode: PALETTE[item.color as keyof typeof PALETTE].hex,
      });
    }
  });

  it('tells stripe directions apart: horizontal stripes change down the columns, vertical across the rows', async () => {
    const horizontal = transitions(
      await analyseShot(
        patterned({ kind: 'stripes', color: 'yellow', direction: 'horizontal', scale: 'large' }),
      ),
    );
    const vertical = transitions(
      await analyseShot(
        patterned({ kind: 'stripes', color: 'yellow', direction: 'vertical', scale: 'large' }),
      ),
    );
    const diagonal = transitions(
      await analyseShot(
        patterned({ kind: 'stripes', color: 'yellow', direction: 'diagonal', scale: 'large' }),
      ),
    );
    expect(horizontal.down).toBeGreaterThan(5 * horizontal.across);
    expect(vertical.across).toBeGreaterThan(5 * vertical.down);
    expect(diagonal.across / diagonal.down).toBeGreaterThan(0.6);
    expect(diagonal.across / diagonal.down).toBeLessThan(1.6);
    for (const stripes of [horizontal, vertical, diagonal]) {
      expect(stripes.patternShare).toBeGreaterThan(0.4);
      expect(stripes.patternShare).toBeLessThan(0.6);
    }
  });

  it('draws small stripes, dots and checks finer than large ones', async () => {
    for (const kind of ['stripes', 'dots', 'checks'] as const) {
      const [small, large] = await Promise.all(
        (['small', 'large'] as const).map(async (scale) => {
          const pattern = (
            kind === 'stripes'
              ? { kind, color: 'yellow', direction: 'vertical', scale }
              : { kind, color: 'yellow', scale }
          ) as Pattern;
          const { across, down } = transitions(await analyseShot(patterned(pattern)));
          return across + down;
        }),
      );
      expect(small, kind).toBeGreaterThan(1.8 * large!);
    }
  });

  it('covers a plausible share of the body with the pattern colour for every pattern kind', async () => {
    const expected: [Pattern, number, number][] = [
      [{ kind: 'solid' }, 0, 0.001],
      [{ kind: 'pinstripe', color: 'white' }, 0.04, 0.16],
      [{ kind: 'dots', color: 'white', scale: 'small' }, 0.05, 0.25],
      [{ kind: 'checks', color: 'white', scale: 'large' }, 0.4, 0.6],
      [{ kind: 'plaid', color: 'white' }, 0.3, 0.6],
      [{ kind: 'floral', color: 'white' }, 0.1, 0.5],
      [{ kind: 'leopard', color: 'white' }, 0.08, 0.45],
      [{ kind: 'colorblock', color: 'white' }, 0.3, 0.6],
    ];
    for (const [pattern, low, high] of expected) {
      const { patternShare } = transitions(await analyseShot(patterned(pattern)));
      expect(patternShare, pattern.kind).toBeGreaterThanOrEqual(low);
      expect(patternShare, pattern.kind).toBeLessThanOrEqual(high);
    }
  });

  it('puts a colour block on the lower part of the garment only', async () => {
    const shot = await analyseShot(patterned({ kind: 'colorblock', color: 'white' }));
    const { width, height, at, pattern } = bodyWindow(shot);
    const share = (from: number, to: number) => {
      let hits = 0;
      for (let y = from; y < to; y++) for (let x = 0; x < width; x++) if (at(x, y) === pattern) hits++;
      return hits / ((to - from) * width);
    };
    expect(share(0, Math.floor(height * 0.4))).toBeLessThan(0.01);
    expect(share(Math.ceil(height * 0.7), height)).toBeGreaterThan(0.9);
  });

  it('keeps texture hints faint: a textured fabric is still mostly its exact palette colour', async () => {
    for (const texture of [
      'denim',
      'knit',
      'leather',
      'tweed',
      'linen',
      'silk',
      'suede',
      'canvas',
    ] as const) {
      const shot = await analyseShot(
        makeItem('top', { color: 'red', texture, parts: { sleeve: 'sleeveless' } }),
      );
      const { fabric } = bodyWindow(shot);
      const { width, height, at } = bodyWindow(shot);
      let near = 0;
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (at(x, y) === fabric) near++;
      expect(near / (width * height), texture).toBeGreaterThan(0.97);
    }
  });
});
