import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusteredDistribution } from './clustered-vectors.ts';
import { ExactVectorIndex } from './exact-vector-index.ts';
import { HnswVectorIndex } from './hnsw-vector-index.ts';

const DIMENSIONS = 64;
const COUNT = 20_000;
const QUERIES = 200;
const distribution = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 200, seed: 7 });
const rows = distribution.sample(COUNT, 1);
const queryRows = distribution.sample(QUERIES, 2);
const keys = Array.from({ length: COUNT }, (_, row) => row + 1);
const vectors = keys.map((_, row) => rows.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS));
const queries = Array.from({ length: QUERIES }, (_, row) =>
  queryRows.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS),
);

let hnsw: HnswVectorIndex;
let exact: ExactVectorIndex;
let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'atelier-hnsw-'));
  // exactBelow: 0 so that every unfiltered search below really walks the graph.
  hnsw = HnswVectorIndex.create(DIMENSIONS, { exactBelow: 0 });
  hnsw.upsert(keys, vectors);
  exact = ExactVectorIndex.create(DIMENSIONS);
  exact.upsert(keys, vectors);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

function recallAt10(index: HnswVectorIndex): number {
  let found = 0;
  for (const query of queries) {
    const truth = new Set(exact.search(query, 10).map((hit) => hit.key));
    found += index.search(query, 10).filter((hit) => truth.has(hit.key)).length;
  }
  return found / (10 * QUERIES);
}

describe('HnswVectorIndex', () => {
  it('finds at least 95% of the exact top 10 on clustered data, with exact scores', () => {
    expect(hnsw.size).toBe(COUNT);
    expect(recallAt10(hnsw)).toBeGreaterThanOrEqual(0.95);
    const query = queries[0]!;
    const truth = new Map(exact.search(query, 10).map((hit) => [hit.key, hit.score]));
    for (const hit of hnsw.search(query, 10)) {
      if (truth.has(hit.key)) expect(hit.score).toBeCloseTo(truth.get(hit.key)!, 9);
    }
  });

  it('searches a candidate list exactly, whatever the graph would say', () => {
    const candidates = keys.filter((key) => key % 97 === 0 || key % 13 === 0);
    for (const query of queries.slice(0, 20)) {
      expect(hnsw.search(query, 10, { candidates })).toEqual(exact.search(query, 10, { candidates }));
    }
  });

  it('replaces a vector on upsert and forgets a removed one, in the graph as well', () => {
    const index = HnswVectorIndex.create(DIMENSIONS, { exactBelow: 0 });
    index.upsert(keys.slice(0, 5000), vectors.slice(0, 5000));
    const target = queries[3]!;
    index.upsert([42], [target]);
    expect(index.size).toBe(5000);
    expect(index.search(target, 1)).toEqual([{ key: 42, score: expect.closeTo(1, 6) }]);
    // The old vector of key 42 no longer finds it.
    const old = vectors[41]!;
    expect(index.search(old, 5).some((hit) => hit.key === 42)).toBe(false);

    index.remove([42, 123456]);
    expect(index.has(42)).toBe(false);
    expect(index.size).toBe(4999);
    expect(index.search(target, 20).some((hit) => hit.key === 42)).toBe(false);
    expect(index.vector(42)).toBeUndefined();
  });

  it('returns nothing when empty or emptied', () => {
    const index = HnswVectorIndex.create(DIMENSIONS, { exactBelow: 0 });
    expect(index.search(queries[0]!, 10)).toEqual([]);
    index.upsert([1, 2], vectors.slice(0, 2));
    index.remove([1, 2]);
    expect(index.search(queries[0]!, 10)).toEqual([]);
  });

  it('gives identical results after a save and load, and takes a new search expansion', async () => {
    const path = join(directory, 'catalog.index');
    await hnsw.save(path);
    const loaded = await HnswVectorIndex.load(path, { dimensions: DIMENSIONS, exactBelow: 0 });
    expect(loaded.size).toBe(COUNT);
    expect(loaded.settings).toEqual(hnsw.settings);
    for (const query of queries.slice(0, 50))
      expect(loaded.search(query, 10)).toEqual(hnsw.search(query, 10));

    // k = 1 asks the graph for 2 candidates, so the expansion alone decides how far the walk goes.
    const narrow = await HnswVectorIndex.load(path, { expansionSearch: 2, exactBelow: 0 });
    expect(narrow.settings.expansionSearch).toBe(2);
    const topOneAgrees = (index: HnswVectorIndex) =>
      queries.filter((query) => index.search(query, 1)[0]?.key === exact.search(query, 1)[0]?.key).length;
    expect(topOneAgrees(narrow)).toBeLessThan(topOneAgrees(loaded));
  });

  it('rejects settings outside the usable range', () => {
    expect(() => HnswVectorIndex.create(DIMENSIONS, { connectivity: 1 })).toThrow(
      /connectivity must be an integer/,
    );
    expect(() => HnswVectorIndex.create(0)).toThrow(/positive integer/);
  });
});
