import { describe, expect, it } from 'vitest';
import { ClusteredDistribution } from './clustered-vectors.ts';
import { dotAt, GATHER_ROWS } from './exact-search.ts';
import { VectorStore } from './vector-store.ts';

const DIMENSIONS = 8;

function filledStore(count: number): { store: VectorStore; rows: Float32Array } {
  const rows = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 40, seed: 5 }).sample(count, 1);
  const store = new VectorStore(DIMENSIONS, 4);
  for (let row = 0; row < count; row++)
    store.put(row * 3 + 1, rows.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS));
  return { store, rows };
}

/** The reference answer: every candidate scored in plain JavaScript and sorted. */
function bruteForce(store: VectorStore, query: Float32Array, k: number, keys: readonly number[]) {
  return [...new Set(keys)]
    .filter((key) => store.has(key))
    .map((key) => ({ key, score: dotAt(store.vector(key)!, 0, query, DIMENSIONS) }))
    .sort((first, second) => second.score - first.score || first.key - second.key)
    .slice(0, k);
}

describe('VectorStore', () => {
  it('grows past its initial capacity and keeps rows dense through removals', () => {
    const { store } = filledStore(100);
    expect(store.size).toBe(100);
    expect(store.delete(1)).toBe(true);
    expect(store.delete(1)).toBe(false);
    expect(store.size).toBe(99);
    // The last row moved into row 0.
    expect(store.slotOf(298)).toBe(0);
    expect(store.keys[0]).toBe(298);
    expect(store.rows.length).toBe(99 * DIMENSIONS);
  });

  it('finds the exact top-k over all rows', () => {
    const { store, rows } = filledStore(3000);
    const query = rows.slice(17 * DIMENSIONS, 18 * DIMENSIONS);
    const all = Array.from(store.keys);
    const hits = store.search(query, 10);
    expect(hits.map((hit) => hit.key)).toEqual(bruteForce(store, query, 10, all).map((hit) => hit.key));
    expect(hits[0]).toEqual({ key: 17 * 3 + 1, score: expect.closeTo(1, 5) });
  });

  it('searches a short candidate list through the sorted path', () => {
    const { store, rows } = filledStore(3000);
    const query = rows.slice(0, DIMENSIONS);
    const short = [301, 4, 301, 9999999, 31, 1, 61];
    expect(store.search(query, 3, short)).toEqual(bruteForce(store, query, 3, short).map(closeHit));
  });

  it('searches long candidate lists by gathering, by one broad scan, and by gathering when the scan misses', () => {
    const { store, rows } = filledStore(50_000);
    const query = rows.slice(0, DIMENSIONS);
    const all = Array.from(store.keys);
    // A sixth of the rows, more than one gather buffer holds: the gathering path, in two chunks.
    const sixth = all.filter((_, row) => row % 6 === 0);
    expect(sixth.length).toBeGreaterThan(GATHER_ROWS);
    expect(store.search(query, 10, sixth)).toEqual(bruteForce(store, query, 10, sixth).map(closeHit));
    // Half the rows: answered from one scan of the whole store.
    const half = all.filter((_, row) => row % 2 === 1);
    expect(store.search(query, 10, half)).toEqual(bruteForce(store, query, 10, half).map(closeHit));
    // Half the rows, all facing away from the query: the scan's top rows hold none of them.
    const away = all.filter((key) => dotAt(store.vector(key)!, 0, query, DIMENSIONS) < 0);
    expect(away.length * 5).toBeGreaterThan(all.length);
    const hits = store.search(query, 10, away);
    expect(hits).toEqual(bruteForce(store, query, 10, away).map(closeHit));
    expect(hits).toHaveLength(10);
  });
});

function closeHit(hit: { key: number; score: number }) {
  return { key: hit.key, score: expect.closeTo(hit.score, 6) };
}
