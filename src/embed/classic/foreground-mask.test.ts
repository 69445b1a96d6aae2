import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { foregroundMask } from './foreground-mask.ts';
import { rgbToLabImage } from './lab-image.ts';

async function labOf(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return rgbToLabImage(data, info.width, info.height);
}

describe('foregroundMask', () => {
  it('keeps the inside of an outlined garment that is nearly the background colour', async () => {
    // #f7f7f2 is the palette's "white", about 1.5 ΔE from the background: only the outline separates them.
    const image = await labOf(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#f4f3ef"/>' +
        '<rect x="20" y="30" width="60" height="40" fill="#f7f7f2" stroke="#777" stroke-width="2"/></svg>',
    );
    const { mask, box, count } = foregroundMask(image);
    expect(mask[50 * 100 + 50]).toBe(1);
    expect(mask[5 * 100 + 5]).toBe(0);
    expect(box.left).toBeGreaterThanOrEqual(18);
    expect(box.right).toBeLessThanOrEqual(82);
    expect(box.top).toBeGreaterThanOrEqual(28);
    expect(box.bottom).toBeLessThanOrEqual(72);
    expect(count).toBeGreaterThan(60 * 40 * 0.9);
  });

  it('describes the whole image when nothing stands out from the border', async () => {
    const image = await labOf(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#2456c4"/></svg>',
    );
    const { count, box } = foregroundMask(image);
    expect(count).toBe(40 * 30);
    expect(box).toEqual({ left: 0, top: 0, right: 40, bottom: 30 });
  });
});
