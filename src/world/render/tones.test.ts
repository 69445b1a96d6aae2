import { describe, expect, it } from 'vitest';
import { hexToRgb } from '../color-science.ts';
import { sampleItem } from '../item-sampler.ts';
import { PALETTE } from '../palette.ts';
import { Random } from '../random.ts';
import { CATEGORY_INFO } from '../vocabulary.ts';
import { itemTones, PRODUCT_BACKGROUND } from './tones.ts';

const distance = (first: string, second: string) => {
  const a = hexToRgb(first);
  const b = hexToRgb(second);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
};

describe('itemTones', () => {
  const items = Array.from({ length: 800 }, (_, index) =>
    sampleItem(Random.for(12, `tones:${index}`), { id: `t${index}` }),
  );

  it('uses the palette hex exactly for fabric, pattern, hardware, logo and stitching', () => {
    const item = items.find((candidate) => candidate.details.logo && candidate.pattern.kind !== 'solid')!;
    const tones = itemTones(item);
    expect(tones.fabric).toBe(PALETTE[item.color as keyof typeof PALETTE].hex);
    expect(tones.logo).toBe(PALETTE[item.details.logo!.color as keyof typeof PALETTE].hex);
  });

  it('keeps the off-white background out of the palette', () => {
    for (const color of Object.values(PALETTE)) expect(color.hex).not.toBe(PRODUCT_BACKGROUND);
  });

  it('keeps derived tones well away from every palette colour on the item, for 800 sampled items', () => {
    let close = 0;
    for (const item of items) {
      const tones = itemTones(item);
      const palette = [
        tones.fabric,
        tones.pattern,
        tones.hardware,
        tones.logo,
        tones.stitching,
        PRODUCT_BACKGROUND,
      ];
      const shoe = item.slot === 'shoes';
      const pockets = CATEGORY_INFO[item.category].parts.pockets !== undefined;
      const drawn = [
        tones.shade,
        tones.trim,
        ...(pockets ? [tones.pocket] : []),
        ...(shoe ? [tones.sole] : []),
      ];
      for (const tone of drawn) {
        for (const color of palette) if (color && distance(tone, color) < 40) close++;
      }
      // Pockets are found by colour: they must not be confused with any other tone either.
      if (!pockets) continue;
      for (const other of [tones.outline, tones.shade, tones.trim]) {
        if (distance(tones.pocket, other) < 40) close++;
      }
    }
    expect(close).toBe(0);
  });
});
