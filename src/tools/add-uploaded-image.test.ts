import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { addUploadedImage } from './add-uploaded-image.ts';
import { createConversationImages } from './conversation-images.ts';
import { solidPng } from './test-support/test-images.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-upload-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('addUploadedImage', () => {
  it('stores the original bytes and registers image-N with its size and type', async () => {
    const images = createConversationImages();
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const first = await addUploadedImage(images, store, jpeg, { path: 'photos/skirt.jpg' });
    expect(first).toMatchObject({
      name: 'image-1',
      mediaType: 'image/jpeg',
      width: 300,
      height: 200,
      origin: { kind: 'upload', path: 'photos/skirt.jpg' },
    });
    expect((await store.blobs.read(first.sha256)).equals(jpeg)).toBe(true);
    const second = await addUploadedImage(images, store, await solidPng(40, 30, [255, 0, 0]));
    expect(second).toMatchObject({ name: 'image-2', mediaType: 'image/png', width: 40, height: 30 });
    expect(second.origin).toEqual({ kind: 'upload' });
  });

  it('re-encodes a rotated photo upright, so boxes mean the pixels the model sees', async () => {
    const images = createConversationImages();
    // EXIF orientation 6: stored 300 wide, shown 200 wide after a quarter turn.
    const rotated = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#aa0000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = await addUploadedImage(images, store, rotated);
    expect(image).toMatchObject({ mediaType: 'image/png', width: 200, height: 300 });
    const stored = await sharp(await store.blobs.read(image.sha256)).metadata();
    expect([stored.format, stored.width, stored.height, stored.orientation]).toEqual([
      'png',
      200,
      300,
      undefined,
    ]);
  });

  it('refuses a file that is not an image, naming it', async () => {
    const images = createConversationImages();
    await expect(
      addUploadedImage(images, store, Buffer.from('just some text'), { path: 'notes.txt' }),
    ).rejects.toMatchObject({ code: 'IMAGE_DECODE_FAILED', message: expect.stringContaining('notes.txt') });
    expect(images.list()).toEqual([]);
  });

  it('refuses a truncated image and one over the pixel limit', async () => {
    const images = createConversationImages();
    const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#123456' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    await expect(addUploadedImage(images, store, png.subarray(0, png.length / 2))).rejects.toMatchObject({
      code: 'IMAGE_DECODE_FAILED',
    });
    await expect(addUploadedImage(images, store, png, { maxPixels: 100 * 100 })).rejects.toMatchObject({
      code: 'IMAGE_DECODE_FAILED',
      message: expect.stringContaining('256×256'),
    });
  });
});
