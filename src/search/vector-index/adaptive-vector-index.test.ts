import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AdaptiveVectorIndex } from './adaptive-vector-index.ts';
import { ClusteredDistribution } from './clustered-vectors.ts';
import { ExactVectorIndex } from './exact-vector-index.ts';

const DIMENSIONS = 16;
const distribution = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 30, seed: 11 });
const rows = distribution.sample(3000, 1);
const vectorAt = (row: number) => rows.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS);
const directory = mkdtempSync(join(tmpdir(), 'atelier-adaptive-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function fill(index: AdaptiveVectorIndex | ExactVectorIndex, from: number, to: number): void {
  const keys = Array.from({ length: to - from }, (_, offset) => from + offset + 1);
  index.upsert(
    keys,
    keys.map((key) => vectorAt(key - 1)),
  );
}

describe('AdaptiveVectorIndex', () => {
  it('stays exact below the threshold and builds the graph in the upsert that crosses it', () => {
    const index = AdaptiveVectorIndex.create(DIMENSIONS, { graphFrom: 2000, exactBelow: 0 });
    fill(index, 0, 1999);
    expect(index.kind).toBe('exact');
    fill(index, 1999, 2500);
    expect(index.kind).toBe('hnsw');
    expect(index.size).toBe(2500);
    const exact = ExactVectorIndex.create(DIMENSIONS);
    fill(exact, 0, 2500);
    const query = distribution.sample(1, 99);
    expect(index.search(query, 1)).toEqual(exact.search(query, 1));
    const candidates = [5, 50, 500, 1500, 2400];
    expect(index.search(query, 3, { candidates })).toEqual(exact.search(query, 3, { candidates }));
    // Keys added after the graph was built are found through it.
    fill(index, 2500, 2600);
    expect(index.search(vectorAt(2550), 1)[0]?.key).toBe(2551);
    index.remove([2551]);
    expect(index.has(2551)).toBe(false);
    expect(index.search(vectorAt(2550), 3).some((hit) => hit.key === 2551)).toBe(false);
  });

  it('reloads as the kind it was saved as', async () => {
    const small = AdaptiveVectorIndex.create(DIMENSIONS, { graphFrom: 1000 });
    fill(small, 0, 100);
    await small.save(join(directory, 'small.index'));
    const smallLoaded = await AdaptiveVectorIndex.load(join(directory, 'small.index'), { graphFrom: 1000 });
    expect(smallLoaded.kind).toBe('exact');

    const large = AdaptiveVectorIndex.create(DIMENSIONS, { graphFrom: 1000, exactBelow: 0 });
    fill(large, 0, 1500);
    await large.save(join(directory, 'large.index'));
    const largeLoaded = await AdaptiveVectorIndex.load(join(directory, 'large.index'), {
      dimensions: DIMENSIONS,
      exactBelow: 0,
    });
    expect(largeLoaded.kind).toBe('hnsw');
    const query = distribution.sample(1, 5);
    expect(largeLoaded.search(query, 10)).toEqual(large.search(query, 10));
    expect(largeLoaded.vector(7)).toEqual(large.vector(7));
  });
});
