import { assertBatch, assertVector } from './validate.ts';
import type { VectorStore } from './vector-store.ts';

export interface StoredBatch {
  /** Keys that were new, now in rows `appendedFrom` … `appendedFrom + appended.length - 1`, in order. */
  appended: number[];
  appendedFrom: number;
  /** Keys that already had a vector and now have the new one. */
  replaced: number[];
}

/**
 * Writes a batch into the store all or nothing: every key and vector is checked before the first
 * row is written, so a NaN in the last vector leaves the index as it was. A key listed twice keeps
 * its last vector, as a sequence of single upserts would. New keys land in consecutive rows, which
 * lets the HNSW graph take them straight from the store in one multithreaded add.
 */
export function storeBatch(
  store: VectorStore,
  keys: readonly number[],
  vectors: readonly Float32Array[],
): StoredBatch {
  store.assertWritable();
  assertBatch(keys, vectors);
  vectors.forEach((vector, index) => {
    assertVector(vector, store.dimensions, `The vector for key ${keys[index]}`);
  });
  const lastIndex = new Map<number, number>();
  keys.forEach((key, index) => {
    lastIndex.set(key, index);
  });

  const appended: number[] = [];
  const replaced: number[] = [];
  for (const key of lastIndex.keys()) (store.has(key) ? replaced : appended).push(key);
  store.reserve(store.size + appended.length);
  const appendedFrom = store.size;
  // Appended keys first, in order, so that they occupy consecutive rows.
  for (const key of appended) store.put(key, vectors[lastIndex.get(key)!]!);
  for (const key of replaced) store.put(key, vectors[lastIndex.get(key)!]!);
  return { appended, appendedFrom, replaced };
}
