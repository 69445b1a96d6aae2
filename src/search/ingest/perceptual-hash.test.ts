import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blockImage } from './__fixtures__/images.ts';
import { imageSignature } from './image-signature.ts';
import { hammingDistance, PHASH_SIDE, phashFromLuma, splitHash } from './perceptual-hash.ts';

describe('hammingDistance', () => {
  it('counts differing bits on known patterns', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('0000000000000001', '0000000000000003')).toBe(1);
    expect(hammingDistance('8000000000000000', '0000000000000001')).toBe(2);
    // Bits on both sides of the 32-bit split, and in the sign bit of each half.
    expect(hammingDistance('80000001ffffffff', '00000000fffffffe')).toBe(3);
    expect(hammingDistance('aaaaaaaaaaaaaaaa', '5555555555555555')).toBe(64);
    expect(hammingDistance('f0f0f0f0f0f0f0f0', 'ff00ff00ff00ff00')).toBe(32);
    expect(hammingDistance('0123456789ABCDEF', '0123456789abcdef')).toBe(0);
  });

  it('refuses strings that are not 64-bit hex hashes', () => {
    expect(() => splitHash('123')).toThrow(/64-bit/);
    expect(() => hammingDistance('zzzzzzzzzzzzzzzz', '0000000000000000')).toThrow(/64-bit/);
  });
});

describe('phashFromLuma', () => {
  it('gives a flat image only its constant bit, whatever its brightness', () => {
    for (const level of [0, 17, 255]) {
      const hash = phashFromLuma(new Float64Array(PHASH_SIDE * PHASH_SIDE).fill(level));
      expect(hash).toBe(level === 0 ? '0000000000000000' : '8000000000000000');
    }
  });

  it('sets the first horizontal-frequency bit for a bright-left image and not for its mirror', () => {
    const left = new Float64Array(PHASH_SIDE * PHASH_SIDE).map((_, index) =>
      index % PHASH_SIDE < 16 ? 200 : 50,
    );
    const right = new Float64Array(PHASH_SIDE * PHASH_SIDE).map((_, index) =>
      index % PHASH_SIDE < 16 ? 50 : 200,
    );
    const bit = (hash: string, position: number) => (BigInt(`0x${hash}`) >> BigInt(63 - position)) & 1n;
    expect(bit(phashFromLuma(left), 1)).toBe(1n);
    expect(bit(phashFromLuma(right), 1)).toBe(0n);
  });
});

describe('imageSignature', () => {
  it('keeps a resized JPEG copy close and unrelated pictures far', async () => {
    const original = await blockImage(1, 256);
    const copy = await sharp(original).resize(180).jpeg({ quality: 75 }).toBuffer();
    const [a, b, c] = await Promise.all(
      [original, copy, await blockImage(2, 256)].map((bytes) => imageSignature(sharp(bytes))),
    );
    expect(hammingDistance(a!.phash, b!.phash)).toBeLessThanOrEqual(4);
    expect(hammingDistance(a!.phash, c!.phash)).toBeGreaterThan(12);
    expect(a!.colorGrid).toMatch(/^[0-9a-f]{96}$/);
  });
});
