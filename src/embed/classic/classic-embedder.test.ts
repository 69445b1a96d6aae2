import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createEmbedder } from '../create-embedder.ts';
import { EmbedError } from '../embed-error.ts';
import { shapePng } from '../test-support/test-images.ts';
import { CLASSIC_DIMENSIONS, CLASSIC_VERSION } from './classic-descriptor.ts';

function cosine(first: Float32Array, second: Float32Array): number {
  return first.reduce((sum, value, index) => sum + value * (second[index] as number), 0);
}

async function rejection(promise: Promise<unknown>): Promise<EmbedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmbedError);
  return error as EmbedError;
}

describe('classic embedder', () => {
  it('is the default and gives unit vectors of a fixed length', async () => {
    const embedder = await createEmbedder();
    expect(embedder.id).toBe('classic');
    expect(embedder.version).toBe(CLASSIC_VERSION);
    expect(embedder.supportsText).toBe(false);
    const vectors = await embedder.embedImages([
      await shapePng({ color: '#c21f2a' }),
      await shapePng({ color: '#2456c4' }),
    ]);
    for (const vector of vectors) {
      expect(vector.length).toBe(CLASSIC_DIMENSIONS);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
    }
  });

  it('gives the same bits for the same bytes, alone or in a batch, from any embedder instance', async () => {
    const images = await Promise.all([
      shapePng({ color: '#2e8b47', shape: 'stripes' }),
      shapePng({ color: '#f2a7c0', shape: 'circle' }),
      shapePng({ color: '#141414' }),
    ]);
    const batch = await (await createEmbedder('classic')).embedImages(images);
    const alone = await (await createEmbedder('classic')).embedImages([images[1] as Buffer]);
    expect(Buffer.from((alone[0] as Float32Array).buffer)).toEqual(
      Buffer.from((batch[1] as Float32Array).buffer),
    );
  });

  it('describes the same picture alike at any resolution, and different colours and shapes apart', async () => {
    const embedder = await createEmbedder('classic');
    const [small, large, blue, circle] = await embedder.embedImages([
      await shapePng({ color: '#c21f2a', size: 96 }),
      await shapePng({ color: '#c21f2a', size: 512 }),
      await shapePng({ color: '#2456c4', size: 96 }),
      await shapePng({ color: '#c21f2a', shape: 'circle', size: 96 }),
    ]);
    const same = cosine(small as Float32Array, large as Float32Array);
    expect(same).toBeGreaterThan(0.95);
    // Colour decides about a ninth of the similarity and the silhouette most of the rest (search
    // returns the same category first), so a change of colour moves a vector less than one of shape.
    const otherColour = cosine(small as Float32Array, blue as Float32Array);
    expect(otherColour).toBeLessThan(0.93);
    expect(otherColour).toBeLessThan(same - 0.05);
    expect(cosine(small as Float32Array, circle as Float32Array)).toBeLessThan(0.75);
  });

  it('reads a transparent cut-out like the same item on the product background', async () => {
    const embedder = await createEmbedder('classic');
    const onBackground = await shapePng({ color: '#e8731c', size: 128 });
    const cutOut = await sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><rect x="26" y="26" width="76" height="76" fill="#e8731c" stroke="#333" stroke-width="2"/></svg>',
      ),
    )
      .png()
      .toBuffer();
    const [first, second] = await embedder.embedImages([onBackground, cutOut]);
    expect(cosine(first as Float32Array, second as Float32Array)).toBeGreaterThan(0.97);
  });

  it('handles greyscale, JPEG, blank and tiny images without NaN', async () => {
    const embedder = await createEmbedder('classic');
    const base = await shapePng({ color: '#6a3d9a' });
    const inputs = [
      await sharp(base).greyscale().png().toBuffer(),
      await sharp(base).jpeg({ quality: 80 }).toBuffer(),
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#f4f3ef' } })
        .png()
        .toBuffer(),
      await sharp({ create: { width: 3, height: 2, channels: 4, background: '#2456c4ff' } })
        .png()
        .toBuffer(),
    ];
    for (const vector of await embedder.embedImages(inputs)) {
      expect(vector.every(Number.isFinite)).toBe(true);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
    }
  });

  it('names an undecodable image by its position', async () => {
    const embedder = await createEmbedder('classic');
    const good = await shapePng({ color: '#141414' });
    const error = await rejection(embedder.embedImages([good, good.subarray(0, 40)]));
    expect(error.code).toBe('IMAGE_DECODE_FAILED');
    expect(error.message).toContain('image 2 of 2');
  });

  it('has no text tower and says what to use instead', async () => {
    const embedder = await createEmbedder('classic');
    const error = await rejection(embedder.embedTexts(['red dress']));
    expect(error.code).toBe('TEXT_NOT_SUPPORTED');
    expect(error.hint).toMatch(/full-text/);
    expect(error.hint).toMatch(/clip:/);
  });

  it('refuses to work after close()', async () => {
    const embedder = await createEmbedder('classic');
    await embedder.close();
    expect((await rejection(embedder.embedImages([]))).code).toBe('EMBEDDER_CLOSED');
  });
});
