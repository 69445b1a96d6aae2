import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, sha256Hex } from '../../store/index.ts';
import { loadSampleImages } from './load-sample-images.ts';
import { type CachedImage, createSampleImageCache } from './sample-image-cache.ts';

function image(size: number, tag: string): CachedImage {
  return { bytes: new Uint8Array(size), mediaType: 'image/png', sha256: tag };
}

describe('createSampleImageCache', () => {
  it('loads an image once however many samples ask for it at the same time', async () => {
    const cache = createSampleImageCache();
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return image(10, 'a');
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.get('path:a.png', load)));
    expect(loads).toBe(1);
    expect(results[1]).toBe(results[0]);
  });

  it('does not keep a failure, and drops the least recently used image past its byte limit', async () => {
    const cache = createSampleImageCache(25);
    await expect(cache.get('path:x.png', () => Promise.reject(new Error('missing')))).rejects.toThrow();
    const fixed = await cache.get('path:x.png', async () => image(10, 'x'));
    expect(fixed.sha256).toBe('x');

    let loads = 0;
    const counted = (tag: string) => async () => {
      loads += 1;
      return image(10, tag);
    };
    await cache.get('path:y.png', counted('y'));
    await cache.get('path:x.png', counted('x')); // x is now the most recent
    await cache.get('path:z.png', counted('z')); // 30 bytes: y goes
    expect(loads).toBe(2);
    await cache.get('path:x.png', counted('x'));
    expect(loads).toBe(2);
    await cache.get('path:y.png', counted('y'));
    expect(loads).toBe(3);
  });
});

describe('loadSampleImages with a run cache', () => {
  let folder: string;
  let store: Store;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'atelier-image-cache-'));
    store = await openStore(join(folder, 'home'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores a shared image once, names images per sample, and reports a missing file every time', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#203040' } })
      .png()
      .toBuffer();
    writeFileSync(join(folder, 'shared.png'), png);
    const cache = createSampleImageCache();
    const options = { blobs: store.blobs, imageRoot: folder, cache };

    const first = await loadSampleImages([{ path: 'shared.png' }], options);
    const second = await loadSampleImages([{ path: 'other.png' }, { path: 'shared.png' }], options).catch(
      (error: unknown) => error,
    );
    expect(first[0]).toMatchObject({ name: 'image-1', mediaType: 'image/png', sha256: sha256Hex(png) });
    expect(await store.blobs.has(sha256Hex(png))).toBe(true);
    expect(cache.stored.has(sha256Hex(png))).toBe(true);
    expect(second).toMatchObject({ code: 'SOURCE_NOT_FOUND' });

    // The missing file was not remembered as missing: once it exists, it loads.
    writeFileSync(join(folder, 'other.png'), png);
    const third = await loadSampleImages([{ path: 'other.png' }, { path: 'shared.png' }], options);
    expect(third.map((loaded) => loaded.name)).toEqual(['image-1', 'image-2']);
    expect(third[1]?.bytes).toBe(first[0]?.bytes);

    // A blob reference reads the store, and a path that leaves the folder is refused as before.
    const fromBlob = await loadSampleImages([{ sha256: sha256Hex(png) }], options);
    expect(Buffer.from(fromBlob[0]!.bytes).equals(png)).toBe(true);
    await expect(loadSampleImages([{ path: '../escape.png' }], options)).rejects.toMatchObject({
      code: expect.stringMatching(/SOURCE_NOT_FOUND|INVALID_SOURCE/),
    });
  });
});
