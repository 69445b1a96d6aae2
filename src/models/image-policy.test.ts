import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AtelierError } from '../core/index.ts';
import {
  applyImagePolicy,
  DEFAULT_IMAGE_POLICY,
  fitWithinPolicy,
  type ImagePolicy,
  imagePolicyKey,
  prepareImage,
  resolveImagePolicy,
} from './image-policy.ts';

/** A real image with detail in it: diagonal colour ramps, so a resize that went wrong shows. */
async function rampImage(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      pixels[offset] = (x * 255) / width;
      pixels[offset + 1] = (y * 255) / height;
      pixels[offset + 2] = ((x + y) * 7) % 256;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  const encoded = await (format === 'png' ? image.png() : image.jpeg()).toBuffer();
  return new Uint8Array(encoded);
}

async function sizeOf(data: Uint8Array): Promise<{ width: number; height: number; format: string }> {
  const metadata = await sharp(data).metadata();
  return { width: metadata.width, height: metadata.height, format: metadata.format };
}

const SMALL: ImagePolicy = { maxSide: 300, maxPixels: 40_000, format: 'png', quality: 90 };

describe('image policy', () => {
  it('downscales so both the side and the pixel limit hold, keeping the aspect ratio', async () => {
    const wide = await prepareImage(
      { type: 'image', mediaType: 'image/png', data: await rampImage(900, 300) },
      SMALL,
    );
    const decoded = await sizeOf(wide.part.data);
    expect(decoded).toEqual({ width: wide.width, height: wide.height, format: 'png' });
    expect(Math.max(decoded.width, decoded.height)).toBeLessThanOrEqual(300);
    expect(decoded.width * decoded.height).toBeLessThanOrEqual(40_000);
    // 900×300 scaled by sqrt(40000 / 270000) → 346×115, then the side limit (300) binds harder: 300×100.
    expect(decoded).toMatchObject({ width: 300, height: 100 });
    expect(wide).toMatchObject({ sourceWidth: 900, sourceHeight: 300 });

    const square = await prepareImage(
      { type: 'image', mediaType: 'image/png', data: await rampImage(400, 400) },
      SMALL,
    );
    // Here the pixel limit binds: 200×200 = 40,000.
    expect(await sizeOf(square.part.data)).toMatchObject({ width: 200, height: 200 });
  });

  it('never upscales a small image, but still re-encodes it in the policy format', async () => {
    const source = await rampImage(120, 80);
    const part = await applyImagePolicy({
      type: 'image',
      mediaType: 'image/png',
      data: source,
      name: 'zoom-1',
    });
    expect(part).toMatchObject({ type: 'image', mediaType: 'image/jpeg', name: 'zoom-1' });
    if (part.type !== 'image') throw new Error('expected bytes');
    expect(await sizeOf(part.data)).toEqual({ width: 120, height: 80, format: 'jpeg' });
  });

  it('encodes webp and png when asked, and leaves image URLs to the server', async () => {
    const source = await rampImage(64, 64, 'jpeg');
    const webp = await applyImagePolicy(
      { type: 'image', mediaType: 'image/jpeg', data: source },
      { ...DEFAULT_IMAGE_POLICY, format: 'webp', quality: 80 },
    );
    expect(webp.type === 'image' && (await sizeOf(webp.data)).format).toBe('webp');
    expect(webp).toMatchObject({ mediaType: 'image/webp' });

    const url = { type: 'image-url' as const, url: 'https://example.com/a.png', name: 'image-1' };
    expect(await applyImagePolicy(url)).toBe(url);
  });

  it('gives the same bytes for the same image and keeps each caller its own name', async () => {
    const data = await rampImage(500, 250);
    const first = await prepareImage({ type: 'image', mediaType: 'image/png', data, name: 'image-1' }, SMALL);
    const second = await prepareImage(
      { type: 'image', mediaType: 'image/png', data: data.slice(), name: 'zoom-3' },
      SMALL,
    );
    expect(Buffer.from(second.part.data).equals(Buffer.from(first.part.data))).toBe(true);
    expect(first.part.name).toBe('image-1');
    expect(second.part.name).toBe('zoom-3');
  });

  it('reports an undecodable image by name with IMAGE_DECODE_FAILED', async () => {
    const garbage = new TextEncoder().encode('this is not an image at all');
    for (const attempt of [1, 2]) {
      const error = await prepareImage({
        type: 'image',
        mediaType: 'image/png',
        data: garbage,
        name: `crop-${attempt}`,
      }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(AtelierError);
      expect((error as AtelierError).code).toBe('IMAGE_DECODE_FAILED');
      // A failure is not cached under the first caller's name.
      expect((error as AtelierError).message).toContain(`image "crop-${attempt}"`);
    }
  });

  it('refuses inputs over the decoding limit instead of decoding them', async () => {
    // A real 1×1 PNG whose header claims 20000×20000: sharp must stop at the header.
    const bomb = Buffer.from(await rampImage(1, 1));
    bomb.writeUInt32BE(20_000, 16);
    bomb.writeUInt32BE(20_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29);
    const error = await applyImagePolicy({ type: 'image', mediaType: 'image/png', data: bomb }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((error as AtelierError).code).toBe('IMAGE_DECODE_FAILED');
    expect((error as AtelierError).message).toMatch(/an image \(image\/png, \d+ bytes\).*pixel limit/);
  });

  it('fits exactly at the limits and derives a stable key', () => {
    expect(fitWithinPolicy(2048, 2048, DEFAULT_IMAGE_POLICY)).toEqual({ width: 2048, height: 2048 });
    expect(fitWithinPolicy(4096, 1024, DEFAULT_IMAGE_POLICY)).toEqual({ width: 2048, height: 512 });
    expect(fitWithinPolicy(3, 1, { maxSide: 10, maxPixels: 1 })).toEqual({ width: 1, height: 1 });
    for (const [width, height] of [
      [4000, 3000],
      [1234, 5678],
      [9999, 17],
    ] as const) {
      const fitted = fitWithinPolicy(width, height, { maxSide: 1000, maxPixels: 333_333 });
      expect(fitted.width * fitted.height).toBeLessThanOrEqual(333_333);
      expect(Math.max(fitted.width, fitted.height)).toBeLessThanOrEqual(1000);
    }

    expect(imagePolicyKey(DEFAULT_IMAGE_POLICY)).toBe(
      'image-policy-v1;max-side=2048;max-pixels=4194304;format=jpeg;quality=90',
    );
    expect(imagePolicyKey(resolveImagePolicy({ format: 'png', quality: 10 }))).toBe(
      imagePolicyKey(resolveImagePolicy({ format: 'png', quality: 95 })),
    );
    expect(imagePolicyKey(resolveImagePolicy({ quality: 80 }))).not.toBe(
      imagePolicyKey(DEFAULT_IMAGE_POLICY),
    );
  });
});
