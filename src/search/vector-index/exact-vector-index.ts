import type { VectorHit, VectorIndex, VectorSearchOptions } from '../vector-index-contract.ts';
import { openIndexFiles, saveIndexFiles } from './index-files.ts';
import type { ManifestExpectations } from './index-manifest.ts';
import { storeBatch } from './upsert-batch.ts';
import { assertKey, assertResultCount, normalisedQuery } from './validate.ts';
import { VectorStore } from './vector-store.ts';

/**
 * Brute-force search over a VectorStore: every query reads every row (or every candidate row). No
 * build step and no approximation, which is the right trade for catalogs of up to tens of thousands
 * of vectors.
 */
export class ExactVectorIndex implements VectorIndex {
  private constructor(private readonly store: VectorStore) {}

  static create(dimensions: number): ExactVectorIndex {
    return new ExactVectorIndex(new VectorStore(dimensions));
  }

  /** Wraps an existing store, without copying it. */
  static fromStore(store: VectorStore): ExactVectorIndex {
    return new ExactVectorIndex(store);
  }

  /** Loads any saved index, exact or HNSW; of an HNSW one only the vectors are read. */
  static async load(path: string, expect: ManifestExpectations = {}): Promise<ExactVectorIndex> {
    const { store } = await openIndexFiles(path, expect);
    return new ExactVectorIndex(store);
  }

  get dimensions(): number {
    return this.store.dimensions;
  }

  get size(): number {
    return this.store.size;
  }

  upsert(keys: readonly number[], vectors: readonly Float32Array[]): void {
    storeBatch(this.store, keys, vectors);
  }

  remove(keys: readonly number[]): void {
    for (const key of keys) assertKey(key);
    for (const key of keys) this.store.delete(key);
  }

  /**
   * Makes room for `total` vectors in one allocation, for a bulk load that upserts in batches (to
   * report progress) and would otherwise regrow and copy the rows several times.
   */
  reserve(total: number): void {
    this.store.reserve(total);
  }

  has(key: number): boolean {
    return this.store.has(key);
  }

  /** The stored unit vector (a copy), e.g. for diversifying results with MMR. */
  vector(key: number): Float32Array | undefined {
    return this.store.vector(key);
  }

  search(query: Float32Array, k: number, options: VectorSearchOptions = {}): VectorHit[] {
    assertResultCount(k);
    const unit = normalisedQuery(query, this.dimensions);
    if (unit === undefined || k === 0 || this.store.size === 0) return [];
    return this.store.search(unit, k, options.candidates);
  }

  save(path: string): Promise<void> {
    return saveIndexFiles(path, { kind: 'exact', store: this.store });
  }
}
