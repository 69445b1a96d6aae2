import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeVector, encodeVector, getCachedEmbeddings, putEmbeddings } from './embedding-cache.ts';
import { openStore } from './open-store.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-embeddings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hash = (digit: string) => digit.repeat(64);

describe('embedding cache', () => {
  it('encodes Float32 little-endian', () => {
    const bytes = encodeVector(new Float32Array([1, -2.5]));
    expect([...bytes]).toEqual([0, 0, 0x80, 0x3f, 0, 0, 0x20, 0xc0]);
    // An unaligned view, as SQLite hands back, decodes the same.
    const shifted = Buffer.concat([Buffer.from([9]), bytes]).subarray(1);
    expect([...decodeVector(shifted, 2)]).toEqual([1, -2.5]);
  });

  it('returns only the vectors stored for the same embedder id and version', async () => {
    const store = await openStore(join(scratch, 'home'));
    putEmbeddings(store, [{ sha256: hash('a'), vector: new Float32Array([0.6, 0.8]) }], 'classic', '1');
    putEmbeddings(store, [{ sha256: hash('b'), vector: new Float32Array([1, 0]) }], 'classic', '2');
    const cached = getCachedEmbeddings(store, [hash('a'), hash('b'), hash('c'), hash('a')], 'classic', '1');
    expect([...cached.keys()]).toEqual([hash('a')]);
    expect([...cached.get(hash('a'))!]).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    putEmbeddings(store, [{ sha256: hash('a'), vector: new Float32Array([0, 1]) }], 'classic', '1');
    expect([...getCachedEmbeddings(store, [hash('a')], 'classic', '1').get(hash('a'))!]).toEqual([0, 1]);
    expect(getCachedEmbeddings(store, [hash('a')], 'clip:x', '1').size).toBe(0);
    await store.close();
  });
});
