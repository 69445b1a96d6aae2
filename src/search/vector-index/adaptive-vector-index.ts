import type { VectorHit, VectorIndex, VectorSearchOptions } from '../vector-index-contract.ts';
import { ExactVectorIndex } from './exact-vector-index.ts';
import { type HnswLoadOptions, HnswVectorIndex, type HnswVectorIndexOptions } from './hnsw-vector-index.ts';
import { openIndexFiles } from './index-files.ts';
import { EXACT_SEARCH_MAX_SIZE } from './search-strategy.ts';
import { VectorStore } from './vector-store.ts';

export interface AdaptiveVectorIndexOptions extends HnswVectorIndexOptions {
  /** Catalog size at which the HNSW graph is built; below it no graph exists at all. */
  graphFrom?: number;
}

/**
 * The index callers should hold: exact while the catalog is small, HNSW once it grows, and exact
 * again for any filtered search, by the policy in search-strategy.ts. The graph is built once, in
 * the upsert that takes the catalog past `graphFrom`, from the rows already stored; it is kept when
 * the catalog shrinks again (searches then scan exactly), so a catalog hovering at the threshold
 * never rebuilds it twice.
 */
export class AdaptiveVectorIndex implements VectorIndex {
  private inner: ExactVectorIndex | HnswVectorIndex;

  private constructor(
    private readonly store: VectorStore,
    inner: ExactVectorIndex | HnswVectorIndex,
    private readonly options: AdaptiveVectorIndexOptions,
  ) {
    this.inner = inner;
  }

  static create(dimensions: number, options: AdaptiveVectorIndexOptions = {}): AdaptiveVectorIndex {
    const store = new VectorStore(dimensions);
    return new AdaptiveVectorIndex(store, ExactVectorIndex.fromStore(store), options);
  }

  /** Loads whatever kind of index was saved at `path`. */
  static async load(
    path: string,
    options: AdaptiveVectorIndexOptions & HnswLoadOptions = {},
  ): Promise<AdaptiveVectorIndex> {
    const files = await openIndexFiles(path, options);
    const inner = files.graphFile
      ? HnswVectorIndex.fromFiles(path, files, options)
      : ExactVectorIndex.fromStore(files.store);
    const index = new AdaptiveVectorIndex(files.store, inner, options);
    index.buildGraphIfDue();
    return index;
  }

  /** Which index answers unfiltered searches of this size; filtered ones are always exact. */
  get kind(): 'exact' | 'hnsw' {
    return this.inner instanceof HnswVectorIndex ? 'hnsw' : 'exact';
  }

  get dimensions(): number {
    return this.store.dimensions;
  }

  get size(): number {
    return this.store.size;
  }

  upsert(keys: readonly number[], vectors: readonly Float32Array[]): void {
    this.inner.upsert(keys, vectors);
    this.buildGraphIfDue();
  }

  remove(keys: readonly number[]): void {
    this.inner.remove(keys);
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

  vector(key: number): Float32Array | undefined {
    return this.store.vector(key);
  }

  search(query: Float32Array, k: number, options?: VectorSearchOptions): VectorHit[] {
    return this.inner.search(query, k, options);
  }

  save(path: string): Promise<void> {
    return this.inner.save(path);
  }

  private buildGraphIfDue(): void {
    const { graphFrom = EXACT_SEARCH_MAX_SIZE, ...hnswOptions } = this.options;
    if (this.inner instanceof ExactVectorIndex && this.store.size >= graphFrom) {
      this.inner = HnswVectorIndex.fromStore(this.store, hnswOptions);
    }
  }
}
