import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blockImage, bombPng } from './__fixtures__/images.ts';
import { normaliseImage } from './normalise-image.ts';

const limits = { maxPixels: 8192 * 8192, thumbnailSize: 64 };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function accepted(input: Buffer) {
  const result = await normaliseImage(input, limits);
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.image;
}

async function rejected(input: Buffer, options = limits): Promise<string> {
  const result = await normaliseImage(input, options);
  if (result.ok) throw new Error('accepted an image that should be refused');
  return result.reason;
}

describe('normaliseImage', () => {
  it('keeps a clean sRGB PNG byte for byte, with a thumbnail and signatures', async () => {
    const png = await blockImage(5, 200);
    const image = await accepted(png);
    expect(image.bytes.equals(png)).toBe(true);
    expect(image.sha256).toBe(sha256(png));
    expect([image.width, image.height]).toEqual([200, 200]);
    const thumbnail = await sharp(image.thumbnail).metadata();
    expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(['webp', 64, 64]);
    expect(image.phash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('turns an EXIF-rotated JPEG into an upright PNG without metadata, with a stable hash', async () => {
    const jpeg = await sharp(await blockImage(6, 64))
      .resize(64, 32, { fit: 'fill' })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: 'someone' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);
    const first = await accepted(jpeg);
    const stored = await sharp(first.bytes).metadata();
    expect([stored.format, stored.width, stored.height, stored.exif, stored.orientation]).toEqual([
      'png',
      32,
      64,
      undefined,
      undefined,
    ]);
    expect([first.width, first.height]).toEqual([32, 64]);
    expect((await accepted(jpeg)).sha256).toBe(first.sha256);
  });

  it('brings 16-bit and grey PNGs to 8-bit sRGB', async () => {
    const deep = await sharp(await blockImage(7, 32))
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe('ushort');
    const grey = await sharp(await blockImage(8, 32))
      .greyscale()
      .png()
      .toBuffer();
    for (const input of [deep, grey]) {
      const stored = await sharp((await accepted(input)).bytes).metadata();
      expect([stored.depth, stored.space, stored.channels]).toEqual(['uchar', 'srgb', 3]);
    }
  });

  it('refuses a tiny file that declares a huge canvas before decoding it', async () => {
    const bomb = bombPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200);
    expect(await rejected(bomb)).toMatch(/20000×20000 pixels, more than the limit of 67108864/);
    expect(await rejected(await blockImage(9, 64), { ...limits, maxPixels: 1000 })).toMatch(/64×64/);
  });

  it('refuses truncated, corrupt, non-image and SVG input with a reason', async () => {
    const png = await sharp(Buffer.alloc(256 * 256 * 3, 90), {
      raw: { width: 256, height: 256, channels: 3 },
    })
      .composite([{ input: await blockImage(10, 256), blend: 'difference' }])
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(await rejected(png.subarray(0, png.length >> 1))).toMatch(/cannot decode|not a readable image/);
    const jpeg = await sharp(png).jpeg().toBuffer();
    expect(await rejected(jpeg.subarray(0, jpeg.length >> 1))).toMatch(/cannot decode|not a readable image/);
    const corrupt = Buffer.from(png);
    corrupt.fill(0x5a, 100, 400);
    expect(await rejected(corrupt)).toMatch(/cannot decode|not a readable image/);
    expect(await rejected(Buffer.from('<html>not found</html>'))).toMatch(/not a readable image/);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    expect(await rejected(svg)).toBe('svg images are not accepted');
  });
});
