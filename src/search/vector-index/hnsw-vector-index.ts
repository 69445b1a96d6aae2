import type { VectorHit, VectorIndex, VectorSearchOptions } from '../vector-index-contract.ts';
import { VectorIndexError } from './errors.ts';
import { dotAt } from './exact-search.ts';
import { graphMetric, HnswGraph } from './hnsw-graph.ts';
import { defaultBuildThreads, type HnswSettings, resolveHnswSettings } from './hnsw-settings.ts';
import { type OpenedIndexFiles, openIndexFiles, saveIndexFiles } from './index-files.ts';
import type { ManifestExpectations } from './index-manifest.ts';
import { chooseSearchStrategy, EXACT_SEARCH_MAX_SIZE } from './search-strategy.ts';
import { TopK } from './top-k.ts';
import { storeBatch } from './upsert-batch.ts';
import { assertKey, assertResultCount, normalisedQuery } from './validate.ts';
import { VectorStore } from './vector-store.ts';

/**
 * The graph is asked for this many times k candidates, which are then re-scored from the float32
 * rows: with a bfloat16 graph, neighbours closer than its rounding can swap places, and a true 10th-best
 * ranked 11th by the graph is recovered by the re-scoring, for k extra dot products.
 */
const RERANK_FACTOR = 2;

export interface HnswVectorIndexOptions extends Partial<HnswSettings> {
  /** Threads for bulk adds; defaults to every core. Queries always run on the calling thread. */
  buildThreads?: number;
  /** Below this many vectors searches scan exactly (see search-strategy.ts); 0 always uses the graph. */
  exactBelow?: number;
}

export interface HnswLoadOptions extends ManifestExpectations {
  /** Overrides the saved search expansion: higher for recall, lower for speed. */
  expansionSearch?: number;
  buildThreads?: number;
  exactBelow?: number;
}

/**
 * Approximate nearest neighbours over usearch's HNSW graph, with the float32 rows kept beside it in
 * a VectorStore. The rows are what make the index exact where it must be: a candidate list from a
 * metadata filter is scanned exactly (usearch's JavaScript binding can neither filter a graph search
 * nor return a stored vector), every graph hit is re-scored from them, and saving writes them so that
 * the index can be rebuilt with other settings without re-embedding the catalog.
 */
export class HnswVectorIndex implements VectorIndex {
  private constructor(
    private readonly store: VectorStore,
    private readonly graph: HnswGraph,
    readonly settings: Readonly<HnswSettings>,
    private readonly buildThreads: number,
    private readonly exactBelow: number,
  ) {}

  static create(dimensions: number, options: HnswVectorIndexOptions = {}): HnswVectorIndex {
    return HnswVectorIndex.fromStore(new VectorStore(dimensions), options);
  }

  /** Builds a graph over an existing store (one multithreaded add), sharing the store's rows. */
  static fromStore(store: VectorStore, options: HnswVectorIndexOptions = {}): HnswVectorIndex {
    const { buildThreads, exactBelow, ...partial } = options;
    const settings = resolveHnswSettings(partial);
    const graph = HnswGraph.create(store.dimensions, settings);
    graph.add(Array.from(store.keys), store.rows, buildThreads ?? defaultBuildThreads());
    return new HnswVectorIndex(
      store,
      graph,
      settings,
      buildThreads ?? defaultBuildThreads(),
      exactBelow ?? EXACT_SEARCH_MAX_SIZE,
    );
  }

  /**
   * Loads a saved index. An exact index's file gets a graph built on load; an HNSW file's graph is
   * read as saved, with `expansionSearch` taken from the options when given.
   */
  static async load(path: string, options: HnswLoadOptions = {}): Promise<HnswVectorIndex> {
    return HnswVectorIndex.fromFiles(path, await openIndexFiles(path, options), options);
  }

  /** The second half of `load`, for a caller that has already read the manifest and the rows. */
  static fromFiles(path: string, files: OpenedIndexFiles, options: HnswLoadOptions = {}): HnswVectorIndex {
    const { manifest, store, graphFile } = files;
    const { expansionSearch, buildThreads, exactBelow } = options;
    if (!manifest.graph || graphFile === undefined) {
      return HnswVectorIndex.fromStore(store, { expansionSearch, buildThreads, exactBelow });
    }
    const { connectivity, expansionAdd, quantization } = manifest.graph;
    const settings = resolveHnswSettings({
      connectivity,
      expansionAdd,
      quantization,
      expansionSearch: expansionSearch ?? manifest.graph.expansionSearch,
    });
    let graph: HnswGraph;
    try {
      graph = HnswGraph.load(graphFile, manifest.dimensions, settings);
    } catch (error) {
      throw new VectorIndexError('FILE_CORRUPT', `Graph file ${graphFile} could not be loaded by usearch.`, {
        hint: 'Rebuild the index (the catalog still holds every embedding).',
        cause: error,
      });
    }
    if (graph.loadedDimensions !== manifest.dimensions || graph.size !== manifest.count) {
      throw new VectorIndexError(
        'FILE_CORRUPT',
        `Graph file ${graphFile} holds ${graph.size} vectors of ${graph.loadedDimensions} dimensions; ${path} says ${manifest.count} of ${manifest.dimensions}.`,
        { hint: 'Rebuild the index (the catalog still holds every embedding).' },
      );
    }
    return new HnswVectorIndex(
      store,
      graph,
      settings,
      buildThreads ?? defaultBuildThreads(),
      exactBelow ?? EXACT_SEARCH_MAX_SIZE,
    );
  }

  get dimensions(): number {
    return this.store.dimensions;
  }

  get size(): number {
    return this.store.size;
  }

  upsert(keys: readonly number[], vectors: readonly Float32Array[]): void {
    const { appended, appendedFrom, replaced } = storeBatch(this.store, keys, vectors);
    const { dimensions } = this;
    if (appended.length > 0) {
      const rows = this.store.rows.subarray(
        appendedFrom * dimensions,
        (appendedFrom + appended.length) * dimensions,
      );
      this.graph.add(appended, rows, this.buildThreads);
    }
    if (replaced.length > 0) {
      // usearch refuses a second vector under one key, so a replacement is a removal and an add.
      this.graph.remove(replaced);
      const rows = new Float32Array(replaced.length * dimensions);
      replaced.forEach((key, index) => {
        rows.set(this.store.vector(key)!, index * dimensions);
      });
      this.graph.add(replaced, rows, this.buildThreads);
    }
  }

  remove(keys: readonly number[]): void {
    for (const key of keys) assertKey(key);
    const removed = keys.filter((key) => this.store.delete(key));
    this.graph.remove(removed);
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
    const { candidates } = options;
    if (chooseSearchStrategy(this.store.size, candidates?.length, this.exactBelow) === 'exact') {
      return this.searchExact(unit, k, options);
    }
    const top = new TopK(Math.min(k, this.store.size));
    const rows = this.store.rows;
    for (const key of this.graph.search(unit, Math.min(this.store.size, k * RERANK_FACTOR))) {
      const row = this.store.slotOf(key);
      if (row !== undefined) top.offer(dotAt(rows, row * this.dimensions, unit, this.dimensions), key);
    }
    return top.hits();
  }

  /**
   * The exact answer for the same query, bypassing the graph: what recall is measured against, and
   * what a caller can use to spot-check the graph on its own data.
   */
  searchExact(query: Float32Array, k: number, options: VectorSearchOptions = {}): VectorHit[] {
    assertResultCount(k);
    const unit = normalisedQuery(query, this.dimensions);
    if (unit === undefined || k === 0 || this.store.size === 0) return [];
    return this.store.search(unit, k, options.candidates);
  }

  save(path: string): Promise<void> {
    return saveIndexFiles(path, {
      kind: 'hnsw',
      store: this.store,
      graph: {
        save: (file) => this.graph.save(file),
        usearchMetric: graphMetric(this.settings.quantization),
        ...this.settings,
      },
    });
  }
}
