import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { createConversationImages } from './conversation-images.ts';
import { resolveImage } from './resolve-image.ts';
import { solidPng } from './test-support/test-images.ts';
import type { ToolCallContext } from './tool.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-resolve-'));
let store: Store;
let assetSha = '';

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  assetSha = await store.blobs.put(await solidPng(64, 48, [0, 128, 0]));
  await store.db
    .insertInto('assets')
    .values({
      id: 'shop-42',
      sha256: assetSha,
      source_sha256: null,
      source: 'shop-42.png',
      width: 64,
      height: 48,
      title: 'Green scarf',
      description: null,
      caption: null,
      tags: null,
      category: 'scarf',
      price: 20,
      metadata: '{}',
      phash: null,
      color_grid: null,
      thumbnail_sha256: null,
      updated_at: null,
    })
    .execute();
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

const context = (): ToolCallContext => ({ images: createConversationImages(), boxFormat: 'pixels' });

describe('resolveImage', () => {
  it('returns a conversation image by name', async () => {
    const call = context();
    const upload = call.images.add('image', {
      sha256: 'c'.repeat(64),
      mediaType: 'image/png',
      width: 1,
      height: 1,
      origin: { kind: 'upload' },
    });
    expect(await resolveImage('image-1', call, store)).toBe(upload);
  });

  it('registers a catalog asset id with its stored image', async () => {
    const call = context();
    const image = await resolveImage('shop-42', call, store);
    expect(image).toEqual({
      name: 'shop-42',
      sha256: assetSha,
      mediaType: 'image/png',
      width: 64,
      height: 48,
      origin: { kind: 'catalog', assetId: 'shop-42' },
    });
    expect(call.images.get('shop-42')).toBe(image);
  });

  it('says which images exist when a name is unknown', async () => {
    const call = context();
    call.images.add('image', {
      sha256: 'd'.repeat(64),
      mediaType: 'image/png',
      width: 1,
      height: 1,
      origin: { kind: 'upload' },
    });
    await expect(resolveImage('image-7', call, store)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('image-1'),
    });
  });
});
