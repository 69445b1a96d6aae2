import type { VectorHit, VectorSearchOptions } from './vector-index-contract.ts';

/** What the query path needs from a vector index; satisfied by every index kind we build. */
export interface QueryIndex {
  readonly size: number;
  readonly dimensions: number;
  search(query: Float32Array, k: number, options?: VectorSearchOptions): VectorHit[];
}

export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const length = Math.sqrt(sum);
  if (length === 0) return vector;
  return vector.map((value) => value / length);
}

/** The normalised mean of several unit vectors: a board's centroid. */
export function centroid(vectors: readonly Float32Array[]): Float32Array {
  const first = vectors[0];
  if (!first) throw new Error('centroid of no vectors');
  const sum = new Float32Array(first.length);
  for (const vector of vectors)
    for (let index = 0; index < sum.length; index++) sum[index]! += vector[index]!;
  return normalise(sum);
}
