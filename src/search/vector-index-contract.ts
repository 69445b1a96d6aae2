/**
 * Nearest-neighbour search over L2-normalised vectors with cosine similarity. Keys are the catalog's
 * integer asset keys. HNSW (usearch) for the whole catalog; exact search when the candidate set is
 * small or restricted by a filter, where an approximate graph would lose recall.
 */
export interface VectorHit {
  key: number;
  /** Cosine similarity in [-1, 1]; higher is closer. */
  score: number;
}

export interface VectorSearchOptions {
  /** Restrict the search to these keys (a metadata filter's result); searched exactly. */
  candidates?: readonly number[];
}

export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  /** Adds or replaces vectors. */
  upsert(keys: readonly number[], vectors: readonly Float32Array[]): void;
  remove(keys: readonly number[]): void;
  has(key: number): boolean;
  search(query: Float32Array, k: number, options?: VectorSearchOptions): VectorHit[];
  /** Persists to a file, written through a temporary file and renamed so a crash never corrupts it. */
  save(path: string): Promise<void>;
}
