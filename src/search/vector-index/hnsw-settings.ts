import { availableParallelism } from 'node:os';
import { VectorIndexError } from './errors.ts';

/**
 * How the graph keeps its own copy of the vectors. The float32 rows in the store stay the source of
 * truth and every hit is re-scored from them, so a lossy graph copy only changes which candidates
 * the graph proposes, never the scores. bfloat16 halves the copy and its memory traffic: measured
 * 2.3x fewer CPU-seconds per insert than float32 (20k x 512). `i8` quarters it (scaled by 127, so
 * it is paired with the cosine metric): at 200k x 512 it matched bfloat16's recall with a 132 MB
 * graph file instead of 234 MB, but with ~5 levels per coordinate of a 512-d unit vector it has
 * little margin left for wider embeddings, so it is an option rather than the default.
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
 * Chosen on 200k clustered 512-d vectors on the shared 2-core machine (perf/search-vectors.ts).
 * efConstruction 64 is the cheapest that keeps the graph good: 40 saved build time but gave
 * recall@10 0.937 at ef 128 (0.952 at ef 256), 64 gives 0.995–0.997; the build then takes 56 s on
 * one idle core. ef 128 answers in 0.4–0.6 ms p50 (idle), far inside the 2 ms budget; ef 64 is
 * twice as fast at recall 0.984, and ef 256 adds 0.001 recall for twice the latency. At a million
 * vectors these settings plateau near recall 0.93 (ef 512): raise connectivity or expansionAdd there.
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
 * thread that loses its core to another process stalls the others. On the 2-core build machine
 * (200k x 512): idle, two threads built in 40 s and one in 56 s; shared with other jobs (load 6-8),
 * two threads took 392 s and 126 CPU-s where one took 101 s and 68 CPU-s. One thread is the safer
 * bet on a small shared machine; on a many-core one the spare core keeps the process responsive.
 */
export function defaultBuildThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
