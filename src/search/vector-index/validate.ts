import { VectorIndexError } from './errors.ts';

/** Asset keys are SQLite rowids: integers that survive the trip through usearch's uint64 keys. */
export function assertKey(key: number): void {
  if (!Number.isSafeInteger(key) || key < 0) {
    throw new VectorIndexError(
      'INVALID_KEY',
      `Vector key ${String(key)} is not a non-negative safe integer.`,
      {
        hint: 'Use the asset rowid as the key.',
      },
    );
  }
}

export function assertDimensions(dimensions: number): void {
  if (!Number.isSafeInteger(dimensions) || dimensions <= 0) {
    throw new VectorIndexError(
      'INVALID_SETTINGS',
      `Vector dimensions must be a positive integer, got ${dimensions}.`,
    );
  }
}

/**
 * Copies `vector` into `target` at `offset`, scaled to unit length, and returns its original norm.
 * Cosine similarity ignores length, so normalising here makes the inner product equal to the cosine
 * whatever an embedder returns; a zero vector stays zero and scores 0 against everything.
 */
export function writeNormalised(
  target: Float32Array,
  offset: number,
  vector: Float32Array,
  dimensions: number,
  what: string,
): number {
  if (vector.length !== dimensions) assertVector(vector, dimensions, what);
  let squares = 0;
  for (let index = 0; index < dimensions; index++) {
    const value = vector[index]!;
    squares += value * value;
  }
  if (!Number.isFinite(squares)) assertVector(vector, dimensions, what);
  const norm = Math.sqrt(squares);
  const scale = norm > 0 ? 1 / norm : 0;
  for (let index = 0; index < dimensions; index++) target[offset + index] = vector[index]! * scale;
  return norm;
}

/** A unit-length copy of a query; undefined for a zero query, which has no direction to search in. */
export function normalisedQuery(query: Float32Array, dimensions: number): Float32Array | undefined {
  const copy = new Float32Array(dimensions);
  return writeNormalised(copy, 0, query, dimensions, 'The query vector') > 0 ? copy : undefined;
}

export function assertBatch(keys: readonly number[], vectors: readonly Float32Array[]): void {
  if (keys.length !== vectors.length) {
    throw new VectorIndexError(
      'INVALID_VECTOR',
      `upsert got ${keys.length} keys but ${vectors.length} vectors; they must pair up one to one.`,
    );
  }
  for (const key of keys) assertKey(key);
}

/** Throws unless `vector` has the index's length and only finite values; writes nothing. */
export function assertVector(vector: Float32Array, dimensions: number, what: string): void {
  if (vector.length !== dimensions) {
    throw new VectorIndexError(
      'DIMENSIONS_MISMATCH',
      `${what} has ${vector.length} dimensions; this index holds ${dimensions}-dimensional vectors.`,
      { hint: 'Embed with the same model that built the index, or rebuild the index for the new model.' },
    );
  }
  for (let index = 0; index < dimensions; index++) {
    if (!Number.isFinite(vector[index]!)) {
      throw new VectorIndexError('INVALID_VECTOR', `${what} contains NaN or an infinite value at ${index}.`, {
        hint: 'Check the embedder output for this asset.',
      });
    }
  }
}

/** k is a count of results: a non-negative integer. */
export function assertResultCount(k: number): void {
  if (!Number.isSafeInteger(k) || k < 0) {
    throw new VectorIndexError('INVALID_SETTINGS', `search needs k to be a non-negative integer, got ${k}.`);
  }
}
