import { availableParallelism } from 'node:os';
import { VectorIndexError } from './errors.ts';

/**
 * How the graph keeps its own copy of the vectors. The float32 rows in the store stay the source of
 * truth and every hit is re-scored from them, so a lossy graph copy only changes which candidates
 * the graph proposes, never the scores. bfloat16 halves the copy and its memory traffic: measured
 * 2.3x fewer CPU-seconds per insert than float32 at 512 dimensions, with recall unchanged after
 * re-scoring. `i8` quarters it (scaled by 127, so it is paired with the cosine metric).
 */
export type HnswQuantization = 'f32' | 'bf16' | 'f16' | 'i8';

export interface HnswSettings {
  /** Edges per node (M). More edges: better recall at a given expansion, slower build, more memory. */
  connectivity: number;
  /** Candidate list size while inserting (efConstruction); the main lever on build time. */
  expansionAdd: number;
  /** Candidate list size while searching (ef); the recall/latency dial, changeable at load time. */
  expansionSearch: number;
  quantization: HnswQuantization;
}

/**
 * Chosen on 200k clustered 512-d vectors on a 2-core machine (perf/search-vectors.ts): M = 16 and
 * efConstruction = 64 keep the build well inside two minutes; ef = 128 then gives recall@10 ≥ 0.99 at
 * well under the 2 ms p50 budget, and doubling it costs about 2x latency for under 0.005 recall.
 */
export const DEFAULT_HNSW_SETTINGS: Readonly<HnswSettings> = {
  connectivity: 16,
  expansionAdd: 64,
  expansionSearch: 128,
  quantization: 'bf16',
};

const QUANTIZATIONS: readonly HnswQuantization[] = ['f32', 'bf16', 'f16', 'i8'];

export function resolveHnswSettings(settings: Partial<HnswSettings> = {}): HnswSettings {
  // Field by field: an option passed as undefined means the default, and options objects that carry
  // other fields (threads, dimensions) must not leak them into what is saved.
  const resolved: HnswSettings = {
    connectivity: settings.connectivity ?? DEFAULT_HNSW_SETTINGS.connectivity,
    expansionAdd: settings.expansionAdd ?? DEFAULT_HNSW_SETTINGS.expansionAdd,
    expansionSearch: settings.expansionSearch ?? DEFAULT_HNSW_SETTINGS.expansionSearch,
    quantization: settings.quantization ?? DEFAULT_HNSW_SETTINGS.quantization,
  };
  for (const name of ['connectivity', 'expansionAdd', 'expansionSearch'] as const) {
    const value = resolved[name];
    if (!Number.isSafeInteger(value) || value < 2 || value > 4096) {
      throw new VectorIndexError(
        'INVALID_SETTINGS',
        `HNSW ${name} must be an integer from 2 to 4096, got ${value}.`,
      );
    }
  }
  if (!QUANTIZATIONS.includes(resolved.quantization)) {
    throw new VectorIndexError(
      'INVALID_SETTINGS',
      `HNSW quantization must be one of ${QUANTIZATIONS.join(', ')}, got ${String(resolved.quantization)}.`,
    );
  }
  return resolved;
}

/**
 * Threads for a bulk add: all cores but one. usearch's insert threads spin on per-node locks, so a
 * thread that loses its core to another process stalls the others: on the shared 2-core build
 * machine two threads were never faster than one and up to 4x slower (200k x 512: 392 s wall and
 * 126 CPU-s with two, 101 s and 68 CPU-s with one). On a many-core machine the spare core keeps the
 * event loop and the rest of the system responsive.
 */
export function defaultBuildThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
