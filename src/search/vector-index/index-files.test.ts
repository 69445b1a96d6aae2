import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExactVectorIndex } from './exact-vector-index.ts';
import { HnswVectorIndex } from './hnsw-vector-index.ts';
import type { IndexManifest } from './index-manifest.ts';

let directory: string;
let path: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'atelier-index-files-'));
  path = join(directory, 'catalog.index');
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

function smallHnsw(count = 50): HnswVectorIndex {
  const index = HnswVectorIndex.create(4, { exactBelow: 0 });
  const keys = Array.from({ length: count }, (_, row) => row + 1);
  index.upsert(
    keys,
    keys.map((key) => Float32Array.from([Math.cos(key), Math.sin(key), key % 3, 1])),
  );
  return index;
}

const manifest = (): IndexManifest => JSON.parse(readFileSync(path, 'utf8'));
const editManifest = (edit: (value: IndexManifest) => unknown) =>
  writeFileSync(path, JSON.stringify(edit(manifest())));

describe('saving and loading index files', () => {
  it('writes a manifest naming its data files, and removes the previous generation on the next save', async () => {
    const index = smallHnsw();
    await index.save(path);
    const first = manifest();
    expect(first).toMatchObject({ kind: 'hnsw', dimensions: 4, count: 50, metric: 'cosine' });
    expect(first.graph).toMatchObject({
      connectivity: 16,
      expansionAdd: 64,
      expansionSearch: 128,
      quantization: 'bf16',
    });

    index.upsert([51], [Float32Array.from([1, 2, 3, 4])]);
    await index.save(path);
    const second = manifest();
    expect(second.count).toBe(51);
    expect(readdirSync(directory).sort()).toEqual(
      ['catalog.index', second.vectors.file, second.graph!.file].sort(),
    );
  });

  it('keeps the last committed index when a save dies before its manifest is renamed', async () => {
    await smallHnsw(50).save(path);
    const committed = manifest();
    // What a crash mid-save leaves: data files of a new generation and a temporary manifest.
    writeFileSync(join(directory, 'catalog.index.g0123456789abcdef.vectors'), 'partial');
    writeFileSync(join(directory, 'catalog.index.g0123456789abcdef.tmp'), '{');
    const loaded = await HnswVectorIndex.load(path);
    expect(loaded.size).toBe(50);
    // The next save clears the debris, and leaves unrelated files alone.
    writeFileSync(join(directory, 'catalog.index.notes.txt'), 'mine');
    await loaded.save(path);
    expect(readdirSync(directory)).not.toContain('catalog.index.g0123456789abcdef.vectors');
    expect(readdirSync(directory)).not.toContain(committed.vectors.file);
    expect(readdirSync(directory)).toContain('catalog.index.notes.txt');
  });

  it('refuses a file built for other dimensions, naming it', async () => {
    await smallHnsw().save(path);
    await expect(HnswVectorIndex.load(path, { dimensions: 512 })).rejects.toMatchObject({
      reason: 'FILE_MISMATCH',
      message: `Vector index ${path} holds 4-dimensional vectors, but 512 were expected.`,
    });
    await expect(ExactVectorIndex.load(path, { dimensions: 3 })).rejects.toMatchObject({
      reason: 'FILE_MISMATCH',
    });
  });

  it('reports a missing index, and a manifest that is not JSON or not ours', async () => {
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_MISSING',
      message: `No vector index at ${path}.`,
    });
    writeFileSync(path, '{"format": "atelier-vector-index", "vers');
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringContaining(`${path} is not valid JSON`),
    });
    await smallHnsw().save(path);
    editManifest((value) => ({ ...value, dimensions: 'four' }));
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringMatching(/is not an Atelier vector index manifest .* at "dimensions"/),
    });
  });

  it('refuses a manifest whose data files do not match it', async () => {
    await smallHnsw().save(path);
    const saved = manifest();
    editManifest((value) => ({ ...value, vectors: { ...value.vectors, file: '../elsewhere.vectors' } }));
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({ reason: 'FILE_CORRUPT' });

    editManifest(() => ({ ...saved, count: 49 }));
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringContaining(saved.vectors.file),
    });

    editManifest(() => ({ ...saved, dimensions: 5 }));
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({ reason: 'FILE_CORRUPT' });

    editManifest(() => saved);
    truncateSync(join(directory, saved.graph!.file), 100);
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringContaining(saved.graph!.file),
    });

    rmSync(join(directory, saved.vectors.file));
    await expect(ExactVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringContaining('cannot be read'),
    });
  });

  it('refuses a graph file whose content is not what the manifest says', async () => {
    await smallHnsw().save(path);
    const saved = manifest();
    const graphPath = join(directory, saved.graph!.file);
    const bytes = readFileSync(graphPath);
    writeFileSync(graphPath, Buffer.alloc(bytes.length, 7));
    await expect(HnswVectorIndex.load(path)).rejects.toMatchObject({
      reason: 'FILE_CORRUPT',
      message: expect.stringContaining(saved.graph!.file),
    });
  });

  it('round-trips an exact index, and builds a graph when an HNSW index loads an exact file', async () => {
    const exact = ExactVectorIndex.create(3);
    exact.upsert([7, 8], [Float32Array.from([1, 0, 0]), Float32Array.from([0, 1, 0])]);
    await exact.save(path);
    expect(manifest()).toMatchObject({ kind: 'exact', graph: null, count: 2 });
    const query = Float32Array.from([1, 1, 0]);
    expect((await ExactVectorIndex.load(path)).search(query, 2)).toEqual(exact.search(query, 2));
    const promoted = await HnswVectorIndex.load(path, { exactBelow: 0 });
    expect(promoted.search(query, 2)).toEqual(exact.search(query, 2));
  });

  it('refuses changes while a save is in flight, and accepts them once it settles', async () => {
    const index = smallHnsw();
    const saving = index.save(path);
    expect(() => index.upsert([99], [Float32Array.from([1, 0, 0, 0])])).toThrow(
      expect.objectContaining({ reason: 'INDEX_BUSY' }),
    );
    expect(() => index.remove([1])).toThrow(expect.objectContaining({ reason: 'INDEX_BUSY' }));
    await saving;
    index.upsert([99], [Float32Array.from([1, 0, 0, 0])]);
    index.remove([1]);
    expect(index.size).toBe(50);
    expect((await HnswVectorIndex.load(path)).size).toBe(50);
  });

  it('saves and loads an empty index', async () => {
    await ExactVectorIndex.create(8).save(path);
    const loaded = await ExactVectorIndex.load(path);
    expect(loaded.size).toBe(0);
    expect(loaded.search(new Float32Array(8).fill(1), 5)).toEqual([]);
    await HnswVectorIndex.create(8).save(path);
    expect((await HnswVectorIndex.load(path)).search(new Float32Array(8).fill(1), 5)).toEqual([]);
  });
});
