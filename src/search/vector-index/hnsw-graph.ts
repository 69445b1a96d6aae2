import { Index, MetricKind, ScalarKind } from 'usearch';
import type { HnswQuantization, HnswSettings } from './hnsw-settings.ts';

/** Batches smaller than this are added on the calling thread: spawning threads would cost more. */
const PARALLEL_ADD_MIN = 1024;

/**
 * On unit vectors the inner product is the cosine and skips two norms per distance; int8 copies are
 * scaled by 127 and only the cosine metric divides that back out.
 */
export function graphMetric(quantization: HnswQuantization): 'ip' | 'cos' {
  return quantization === 'i8' ? 'cos' : 'ip';
}

const SCALAR_KINDS: Record<HnswQuantization, ScalarKind> = {
  f32: ScalarKind.F32,
  bf16: ScalarKind.BF16,
  f16: ScalarKind.F16,
  i8: ScalarKind.I8,
};

function toBigKeys(keys: readonly number[]): BigUint64Array {
  const big = new BigUint64Array(keys.length);
  for (let index = 0; index < keys.length; index++) big[index] = BigInt(keys[index]!);
  return big;
}

/**
 * The usearch HNSW graph, reduced to what the index needs and speaking our number keys. It proposes
 * candidates; the VectorStore beside it holds the float32 rows that score them.
 */
export class HnswGraph {
  private constructor(
    private readonly native: Index,
    readonly dimensions: number,
  ) {}

  static create(dimensions: number, settings: HnswSettings): HnswGraph {
    return new HnswGraph(
      new Index({
        dimensions,
        metric: graphMetric(settings.quantization) === 'cos' ? MetricKind.Cos : MetricKind.IP,
        quantization: SCALAR_KINDS[settings.quantization],
        connectivity: settings.connectivity,
        expansion_add: settings.expansionAdd,
        expansion_search: settings.expansionSearch,
        multi: false,
      }),
      dimensions,
    );
  }

  /**
   * Reads a saved graph. usearch takes the metric, dimensions and connectivity from the file but the
   * expansions from the constructor, which is what lets a caller trade recall for speed at load time.
   */
  static load(file: string, dimensions: number, settings: HnswSettings): HnswGraph {
    const graph = HnswGraph.create(dimensions, settings);
    graph.native.load(file);
    return graph;
  }

  get size(): number {
    return this.native.size();
  }

  get loadedDimensions(): number {
    return this.native.dimensions();
  }

  /** `rows` holds one unit vector per key, back to back; it may be a view into the store. */
  add(keys: readonly number[], rows: Float32Array, threads: number): void {
    if (keys.length === 0) return;
    this.native.add(toBigKeys(keys), rows, keys.length < PARALLEL_ADD_MIN ? 1 : threads);
  }

  remove(keys: readonly number[]): void {
    if (keys.length > 0) this.native.remove(toBigKeys(keys));
  }

  /** Keys of up to `wanted` nearest nodes, best first, searched on the calling thread. */
  search(query: Float32Array, wanted: number): number[] {
    if (wanted <= 0 || this.native.size() === 0) return [];
    const matches = this.native.search(query, wanted, 1);
    return Array.from(matches.keys, Number);
  }

  save(file: string): void {
    this.native.save(file);
  }
}
