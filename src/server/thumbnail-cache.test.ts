import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { createThumbnailCache, thumbnailSize } from './thumbnail-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-thumbnails-'));
let store: Store;
const hashes: string[] = [];

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  for (const background of ['#ff0000', '#00ff00', '#0000ff']) {
    const bytes = await sharp({ create: { width: 600, height: 300, channels: 3, background } })
      .png()
      .toBuffer();
    hashes.push(await store.blobs.put(bytes));
  }
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('thumbnailSize', () => {
  it('rounds a request up to a cached size, at most 1024', () => {
    expect(thumbnailSize(1)).toBe(64);
    expect(thumbnailSize(64)).toBe(64);
    expect(thumbnailSize(200)).toBe(256);
    expect(thumbnailSize(5000)).toBe(1024);
  });
});

describe('createThumbnailCache', () => {
  it('fits the image inside the square without enlarging it', async () => {
    const cache = createThumbnailCache(store.blobs);
    const small = await sharp((await cache.get(hashes[0]!, 128)).bytes).metadata();
    expect([small.width, small.height]).toEqual([128, 64]);
    const large = await sharp((await cache.get(hashes[0]!, 1024)).bytes).metadata();
    expect([large.width, large.height]).toEqual([600, 300]);
  });

  it('resizes once for concurrent and repeated requests', async () => {
    const cache = createThumbnailCache(store.blobs);
    const [first, second] = await Promise.all([cache.get(hashes[1]!, 256), cache.get(hashes[1]!, 250)]);
    expect(first).toBe(second);
    await cache.get(hashes[1]!, 256);
    expect(cache.stats.misses).toBe(1);
    expect(cache.stats.hits).toBe(1);
  });

  it('evicts the least recently used thumbnails beyond its byte budget', async () => {
    const probe = createThumbnailCache(store.blobs);
    const size = (await probe.get(hashes[0]!, 256)).bytes.byteLength;
    const cache = createThumbnailCache(store.blobs, size * 2 + 10);
    await cache.get(hashes[0]!, 256);
    await cache.get(hashes[1]!, 256);
    await cache.get(hashes[0]!, 256); // now the most recent
    await cache.get(hashes[2]!, 256); // pushes out hashes[1]
    expect(cache.stats.entries).toBeLessThanOrEqual(2);
    expect(cache.stats.bytes).toBeLessThanOrEqual(size * 2 + 10);
    const misses = cache.stats.misses;
    await cache.get(hashes[0]!, 256);
    expect(cache.stats.misses).toBe(misses);
    await cache.get(hashes[1]!, 256);
    expect(cache.stats.misses).toBe(misses + 1);
  });

  it('says so when a blob is not an image', async () => {
    const cache = createThumbnailCache(store.blobs);
    const text = await store.blobs.put(Buffer.from('plain text, not pixels'));
    await expect(cache.get(text, 64)).rejects.toMatchObject({ code: 'IMAGE_DECODE_FAILED' });
  });
});
