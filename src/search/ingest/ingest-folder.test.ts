import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAtelierError } from '../../core/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { blockImage } from './__fixtures__/images.ts';
import { ingestSource } from './ingest-source.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-ingest-folder-'));
let store: Store;
beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
});
afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, Buffer | string>): Promise<string> {
  const root = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const asset = (id: string) =>
  store.sqlite.prepare<[string], Record<string, unknown>>('SELECT * FROM assets WHERE id = ?').get(id);

describe('ingestSource on a folder with metadata.csv', () => {
  it('reads quoted cells, parses tags and numbers, and keeps every column as metadata', async () => {
    const csv = [
      'id,image,title,tags,category,price,brand,size,sku',
      'csv-1,img/one.png,"Skirt, ""midi""","red;wool",skirts,19.5,Acme,38,007',
      'csv-2,img/two.png,Plain top,"[""cotton"",""white""]",tops,,,40,',
      '',
    ].join('\r\n');
    const root = await folder('csv', {
      'metadata.csv': csv,
      'img/one.png': await blockImage(21),
      'img/two.png': await blockImage(22),
    });
    const summary = await ingestSource(store, root);
    expect(summary).toMatchObject({ kind: 'metadata', counts: { records: 2, added: 2, skipped: 0 } });
    expect(asset('csv-1')).toMatchObject({
      title: 'Skirt, "midi"',
      tags: '["red","wool"]',
      category: 'skirts',
      price: 19.5,
    });
    expect(JSON.parse(asset('csv-1')!.metadata as string)).toEqual({
      id: 'csv-1',
      image: 'img/one.png',
      title: 'Skirt, "midi"',
      tags: ['red', 'wool'],
      category: 'skirts',
      price: 19.5,
      brand: 'Acme',
      size: 38,
      sku: '007',
    });
    expect(asset('csv-2')).toMatchObject({ price: null, tags: '["cotton","white"]', source: 'img/two.png' });
  });
});

describe('ingestSource on a bare folder of images', () => {
  it('takes every image in the tree, ids from relative paths, and passes over the rest', async () => {
    const root = await folder('bare', {
      'shoes/red-heels.png': await blockImage(31),
      'shoes/boot.JPG': await sharp(await blockImage(32))
        .jpeg()
        .toBuffer(),
      'top.webp': await sharp(await blockImage(33))
        .webp()
        .toBuffer(),
      'notes.txt': 'not an image',
      '.cache/hidden.png': await blockImage(34),
    });
    writeFileSync(join(scratch, 'outside.png'), await blockImage(35));
    symlinkSync(join(scratch, 'outside.png'), join(root, 'link-out.png'));
    const summary = await ingestSource(store, root);
    expect(summary).toMatchObject({ kind: 'images', counts: { added: 3, skipped: 1 } });
    expect(summary.skipped).toEqual([
      { source: 'link-out.png', reason: 'is a symbolic link to a file outside the source folder' },
    ]);
    expect(asset('shoes/red-heels.png')).toMatchObject({ title: 'red heels', source: 'shoes/red-heels.png' });
    expect(JSON.parse(asset('shoes/boot.JPG')!.metadata as string)).toEqual({
      id: 'shoes/boot.JPG',
      image: 'shoes/boot.JPG',
      folder: 'shoes',
    });
    expect(asset('.cache/hidden.png')).toBeUndefined();
  });

  it('reports a missing source folder with a code', async () => {
    const error = await ingestSource(store, join(scratch, 'nowhere')).catch((caught: unknown) => caught);
    expect(isAtelierError(error) && error.code).toBe('SOURCE_NOT_FOUND');
  });
});

describe('near-duplicate detection', () => {
  it('pairs an image with its resized JPEG copy and with nothing unrelated', async () => {
    const original = await blockImage(41, 256);
    const root = await folder('duplicates', {
      'original.png': original,
      'copy.jpg': await sharp(original).resize(180).jpeg({ quality: 75 }).toBuffer(),
      'other-1.png': await blockImage(42, 256),
      'other-2.png': await blockImage(43, 256),
      'other-3.png': await blockImage(44, 256),
    });
    const summary = await ingestSource(store, root);
    expect(summary.counts.duplicates).toBe(1);
    expect(summary.duplicatePairs).toEqual([
      { a: 'copy.jpg', b: 'original.png', distance: expect.any(Number), colorDifference: expect.any(Number) },
    ]);
    expect(summary.duplicatePairs[0]!.distance).toBeLessThanOrEqual(summary.duplicateThreshold);
  });
});
