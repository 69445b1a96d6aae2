/**
 * Seeded synthetic embeddings that look like real ones to a nearest-neighbour index: points gather
 * in clusters (one per "kind of image"), clusters differ in how tight they are, and the spread inside
 * a cluster lives mostly in a few directions that differ from cluster to cluster — real image
 * embeddings have a low intrinsic dimension. Uniform or isotropic noise would make every neighbour
 * almost equidistant, which is both unlike embeddings and a misleading test of HNSW recall.
 */

export interface ClusteredDistributionOptions {
  dimensions: number;
  /** Number of cluster centres; a few thousand for a catalog of a few hundred thousand. */
  clusters: number;
  seed: number;
  /**
   * Per-cluster spread: the noise norm relative to the unit centre, drawn uniformly from this range.
   * 0.6 puts a point at cosine ~0.86 from its centre, 1.4 at ~0.58.
   */
  spread?: readonly [number, number];
  /**
   * Variance of the i-th noise direction falls as (i + 1)^-decay; 1 gives an effective dimension of
   * about 28 out of 512, 0 gives isotropic noise.
   */
  decay?: number;
}

/**
 * mulberry32 as 32-bit integers, inlined rather than taken from the world module so that search does
 * not load the renderer.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return (value ^ (value >>> 14)) >>> 0;
  };
}

const UNIT = 1 / 4294967296;

/** 2^16 standard normal draws (Box–Muller), to be indexed by 16 random bits. */
function gaussianTable(next: () => number): Float32Array {
  const table = new Float32Array(1 << 16);
  for (let index = 0; index < table.length; index += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - next() * UNIT));
    const angle = 2 * Math.PI * next() * UNIT;
    table[index] = radius * Math.cos(angle);
    table[index + 1] = radius * Math.sin(angle);
  }
  return table;
}

/**
 * Fills `target` with normal draws, two per 32-bit random number, looked up in a table of 2^16
 * draws: a million 512-d points need half a billion draws, and Box–Muller's log and cosine per draw
 * would make generation, not the index, the slow part of the benchmark. A 65,536-value sample of the
 * normal is indistinguishable from it for noise around a cluster centre.
 */
function fillGaussian(target: Float32Array, next: () => number, table: Float32Array): void {
  const even = target.length & ~1;
  for (let index = 0; index < even; index += 2) {
    const bits = next();
    target[index] = table[bits & 0xffff]!;
    target[index + 1] = table[bits >>> 16]!;
  }
  if (even < target.length) target[even] = table[next() & 0xffff]!;
}

function normaliseRow(rows: Float32Array, offset: number, dimensions: number): void {
  let squares = 0;
  for (let index = 0; index < dimensions; index++) squares += rows[offset + index]! ** 2;
  const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  for (let index = 0; index < dimensions; index++) rows[offset + index]! *= scale;
}

export class ClusteredDistribution {
  readonly dimensions: number;
  readonly clusters: number;
  private readonly table: Float32Array;
  private readonly centres: Float32Array;
  /** Per cluster, the noise standard deviation of each coordinate (a shuffled decaying spectrum). */
  private readonly deviations: Float32Array;

  constructor(options: ClusteredDistributionOptions) {
    const { dimensions, clusters, seed } = options;
    if (
      !Number.isSafeInteger(dimensions) ||
      dimensions < 1 ||
      !Number.isSafeInteger(clusters) ||
      clusters < 1
    ) {
      throw new RangeError(
        `ClusteredDistribution needs positive integer dimensions and clusters, got ${dimensions} and ${clusters}`,
      );
    }
    const [spreadLow, spreadHigh] = options.spread ?? [0.6, 1.4];
    const decay = options.decay ?? 1;
    this.dimensions = dimensions;
    this.clusters = clusters;
    const next = mulberry32(seed ^ 0x9e3779b9);
    this.table = gaussianTable(next);
    this.centres = new Float32Array(clusters * dimensions);
    fillGaussian(this.centres, next, this.table);
    for (let cluster = 0; cluster < clusters; cluster++)
      normaliseRow(this.centres, cluster * dimensions, dimensions);

    const spectrum = Array.from({ length: dimensions }, (_, index) => (index + 1) ** -decay);
    const total = spectrum.reduce((sum, value) => sum + value, 0);
    this.deviations = new Float32Array(clusters * dimensions);
    const order = Array.from({ length: dimensions }, (_, index) => index);
    for (let cluster = 0; cluster < clusters; cluster++) {
      const spread = spreadLow + (spreadHigh - spreadLow) * next() * UNIT;
      // A fresh shuffle per cluster, so that each cluster stretches along its own directions.
      for (let index = dimensions - 1; index > 0; index--) {
        const other = Math.floor(next() * UNIT * (index + 1));
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      for (let index = 0; index < dimensions; index++) {
        this.deviations[cluster * dimensions + order[index]!] = spread * Math.sqrt(spectrum[index]! / total);
      }
    }
  }

  /** `count` unit vectors as one row-major array; a different seed gives points the index never saw. */
  sample(count: number, seed: number): Float32Array {
    const { dimensions } = this;
    const next = mulberry32(seed);
    const rows = new Float32Array(count * dimensions);
    fillGaussian(rows, next, this.table);
    for (let row = 0; row < count; row++) {
      const cluster = Math.floor(next() * UNIT * this.clusters);
      const offset = row * dimensions;
      const base = cluster * dimensions;
      for (let index = 0; index < dimensions; index++) {
        rows[offset + index] =
          this.centres[base + index]! + rows[offset + index]! * this.deviations[base + index]!;
      }
      normaliseRow(rows, offset, dimensions);
    }
    return rows;
  }
}
