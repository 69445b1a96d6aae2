import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAtelierError } from '../core/index.ts';
import { openBlobStore, sha256Hex } from './blob-store.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-blobs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('openBlobStore', () => {
  it('names blobs by their SHA-256 under a two-character folder and stores them once', async () => {
    const blobs = openBlobStore(join(scratch, 'a'));
    const bytes = Buffer.from('abc');
    const hash = await blobs.put(bytes);
    // The published SHA-256 test vector for "abc".
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(blobs.path(hash)).toBe(join(scratch, 'a', hash.slice(0, 2), hash.slice(2)));
    expect(await blobs.has(hash)).toBe(true);
    expect(await blobs.read(hash)).toEqual(bytes);
    expect(await blobs.put(Buffer.from('abc'))).toBe(hash);
    await Promise.all([blobs.put(Buffer.from('same')), blobs.put(Buffer.from('same'))]);
    const folders = readdirSync(join(scratch, 'a')).filter((name) => name !== 'tmp');
    expect(folders.sort()).toEqual([hash.slice(0, 2), sha256Hex(Buffer.from('same')).slice(0, 2)].sort());
    expect(readdirSync(join(scratch, 'a', 'tmp'))).toEqual([]);
  });

  it('rejects names that are not hashes and reports missing blobs with a code', async () => {
    const blobs = openBlobStore(join(scratch, 'b'));
    expect(() => blobs.path('../../etc/passwd')).toThrow(/not a SHA-256/);
    const missing = sha256Hex(Buffer.from('never stored'));
    expect(await blobs.has(missing)).toBe(false);
    const error = await blobs.read(missing).catch((caught: unknown) => caught);
    expect(isAtelierError(error) && error.code).toBe('BLOB_NOT_FOUND');
  });
});
