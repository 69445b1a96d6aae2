import { describe, expect, it } from 'vitest';
import { ExactVectorIndex } from './exact-vector-index.ts';

const vector = (...values: number[]) => Float32Array.from(values);

/**
 * Worked by hand. Stored: 1 → (1, 0, 0); 2 → (3, 4, 0), which has length 5 and must be normalised
 * to (0.6, 0.8, 0); 3 → (0, 0, -2), i.e. (0, 0, -1).
 * Query (4, 3, 0)/5 = (0.8, 0.6, 0): key 2 scores 0.48 + 0.48 = 0.96, key 1 scores 0.8, key 3 scores 0.
 * Query (0, 0, 1): keys 1 and 2 score 0 (a tie, smaller key first), key 3 scores -1.
 */
function tinyIndex(): ExactVectorIndex {
  const index = ExactVectorIndex.create(3);
  index.upsert([1, 2, 3], [vector(1, 0, 0), vector(3, 4, 0), vector(0, 0, -2)]);
  return index;
}

function rounded(hits: { key: number; score: number }[]) {
  return hits.map((hit) => ({ key: hit.key, score: Number(hit.score.toFixed(6)) }));
}

describe('ExactVectorIndex', () => {
  it('ranks a hand-checked case by cosine similarity', () => {
    const index = tinyIndex();
    expect(rounded(index.search(vector(4, 3, 0), 3))).toEqual([
      { key: 2, score: 0.96 },
      { key: 1, score: 0.8 },
      { key: 3, score: 0 },
    ]);
    expect(rounded(index.search(vector(0, 0, 1), 3))).toEqual([
      { key: 1, score: 0 },
      { key: 2, score: 0 },
      { key: 3, score: -1 },
    ]);
    expect(index.search(vector(4, 3, 0), 2).map((hit) => hit.key)).toEqual([2, 1]);
  });

  it('stores unit vectors and hands back copies', () => {
    const index = tinyIndex();
    const stored = index.vector(2)!;
    expect(Array.from(stored, (value) => Number(value.toFixed(6)))).toEqual([0.6, 0.8, 0]);
    stored[0] = 42;
    expect(index.vector(2)![0]).toBeCloseTo(0.6, 6);
    expect(index.vector(99)).toBeUndefined();
  });

  it('replaces on upsert, keeping the last vector of a key listed twice', () => {
    const index = tinyIndex();
    index.upsert([1, 4, 4], [vector(0, 0, 1), vector(0, 1, 0), vector(0, 0, -1)]);
    expect(index.size).toBe(4);
    expect(rounded(index.search(vector(0, 0, 1), 2))).toEqual([
      { key: 1, score: 1 },
      { key: 2, score: 0 },
    ]);
    expect(rounded(index.search(vector(0, 0, -1), 3))).toEqual([
      { key: 3, score: 1 },
      { key: 4, score: 1 },
      { key: 2, score: 0 },
    ]);
  });

  it('removes, including the row that fills the hole', () => {
    const index = tinyIndex();
    index.remove([1, 77]);
    expect(index.size).toBe(2);
    expect(index.has(1)).toBe(false);
    expect(index.search(vector(1, 0, 0), 5).map((hit) => hit.key)).toEqual([2, 3]);
    // Key 3 moved into row 0 when key 1 left; it must still be found and removable.
    expect(rounded(index.search(vector(0, 0, -1), 1))).toEqual([{ key: 3, score: 1 }]);
    index.remove([3, 2]);
    expect(index.size).toBe(0);
    expect(index.search(vector(1, 0, 0), 5)).toEqual([]);
  });

  it('restricts a search to the candidates, ignoring unknown and repeated keys', () => {
    const index = tinyIndex();
    expect(index.search(vector(4, 3, 0), 3, { candidates: [3, 1, 1, 999] }).map((hit) => hit.key)).toEqual([
      1, 3,
    ]);
    expect(index.search(vector(4, 3, 0), 3, { candidates: [] })).toEqual([]);
  });

  it('returns nothing for an empty index, k = 0 or a zero query', () => {
    expect(ExactVectorIndex.create(3).search(vector(1, 0, 0), 10)).toEqual([]);
    expect(tinyIndex().search(vector(1, 0, 0), 0)).toEqual([]);
    expect(tinyIndex().search(vector(0, 0, 0), 3)).toEqual([]);
  });

  it('refuses a bad batch without storing any of it', () => {
    const index = tinyIndex();
    expect(() => index.upsert([5, 6], [vector(1, 1, 1), vector(1, Number.NaN, 0)])).toThrow(
      expect.objectContaining({ reason: 'INVALID_VECTOR' }),
    );
    expect(() => index.upsert([5], [vector(1, 1)])).toThrow(
      expect.objectContaining({ reason: 'DIMENSIONS_MISMATCH' }),
    );
    expect(() => index.upsert([1.5], [vector(1, 1, 1)])).toThrow(
      expect.objectContaining({ reason: 'INVALID_KEY' }),
    );
    expect(() => index.upsert([5, 6], [vector(1, 1, 1)])).toThrow(/2 keys but 1 vectors/);
    expect(index.size).toBe(3);
    expect(index.has(5)).toBe(false);
    expect(() => index.search(vector(1, 0), 3)).toThrow(/2 dimensions; this index holds 3-dimensional/);
    expect(() => index.search(vector(1, 0, 0), -1)).toThrow(/non-negative integer/);
  });
});
