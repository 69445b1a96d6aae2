/**
 * How fast and how right is the vector index at catalog scale?
 *
 * Builds an HNSW index over seeded clustered embeddings (a few thousand centres on the unit sphere,
 * points spread around them along per-cluster directions with per-cluster tightness, normalised),
 * then times single-thread queries drawn from the same distribution but absent from the index, and
 * compares each answer with the exact top k. Targets on the 2-core build machine: p50 ≤ 2 ms at
 * recall@10 ≥ 0.95, build ≤ 120 s, at 200,000 × 512.
 *
 *   npx tsx perf/search-vectors.ts [--vectors 200000] [--dimensions 512] [--queries 1000]
 *     [--million] [--connectivity 16] [--expansion-add 64] [--expansion-search 128]
 *     [--quantization bf16] [--threads N] [--sweep 64,128,256] [--no-save]
 *
 * The last line printed is one JSON object with every figure.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ClusteredDistribution,
  DEFAULT_HNSW_SETTINGS,
  defaultBuildThreads,
  type HnswQuantization,
  type HnswSettings,
  HnswVectorIndex,
  type HnswVectorIndexOptions,
  type IndexManifest,
  readManifest,
} from '../src/search/vector-index/index.ts';

export interface VectorBenchmarkOptions {
  vectors?: number;
  dimensions?: number;
  queries?: number;
  k?: number;
  /** Cluster centres; defaults to one per 100 vectors, between 16 and 5,000. */
  clusters?: number;
  seed?: number;
  settings?: Partial<HnswSettings>;
  /** Threads for the build; queries always run on one. */
  threads?: number;
  /** Search expansions to re-measure after reloading the saved index with each; needs `save`. */
  sweep?: readonly number[];
  /** Save and reload the index, timing both and measuring the files (default true). */
  save?: boolean;
  /** Where progress lines go; the figures are returned, not printed. */
  log?: (line: string) => void;
}

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface VectorBenchmarkResult {
  benchmark: 'search-vectors';
  node: string;
  cpu: string;
  cores: number;
  vectors: number;
  dimensions: number;
  clusters: number;
  queries: number;
  k: number;
  settings: HnswSettings;
  buildThreads: number;
  generateSeconds: number;
  buildSeconds: number;
  /** CPU time of the build across all threads; steadier than wall time on a shared machine. */
  buildCpuSeconds: number;
  insertsPerSecond: number;
  rssMb: { beforeData: number; afterData: number; afterBuild: number; index: number };
  /** Bytes of the float32 rows and keys (kept in memory) and of the usearch graph file. */
  indexBytes: { vectors: number; graph: number } | null;
  saveSeconds: number | null;
  loadSeconds: number | null;
  hnsw: LatencySummary;
  recallAt10: number;
  exact: LatencySummary;
  /** Exact search over a metadata filter's result, by share of the catalog the filter keeps. */
  filtered: { share: number; candidates: number; p50Ms: number }[];
  sweep: { expansionSearch: number; p50Ms: number; p99Ms: number; recallAt10: number }[];
  targets: { p50Ms: number; recallAt10: number; buildSeconds: number; met: boolean };
}

const TARGETS = { p50Ms: 2, recallAt10: 0.95, buildSeconds: 120 };
const BUILD_BATCH = 20_000;
const WARMUP_QUERIES = 50;
/** A filter keeping half of a million rows costs a full scan per query; 50 queries give a stable p50. */
const FILTERED_QUERIES = 50;

const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

function summarise(milliseconds: number[]): LatencySummary {
  const sorted = [...milliseconds].sort((first, second) => first - second);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), meanMs: round(mean) };
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

function recall(found: readonly { key: number }[][], truth: readonly Set<number>[], k: number): number {
  let agreeing = 0;
  found.forEach((hits, index) => {
    agreeing += hits.filter((hit) => truth[index]!.has(hit.key)).length;
  });
  return agreeing / (k * truth.length);
}

/** Times every query against `index`, after a few untimed ones to warm caches and the JIT. */
function runQueries(index: HnswVectorIndex, queries: Float32Array[], k: number) {
  for (const query of queries.slice(0, WARMUP_QUERIES)) index.search(query, k);
  const latencies: number[] = [];
  const results = queries.map((query) => {
    const [hits, milliseconds] = timed(() => index.search(query, k));
    latencies.push(milliseconds);
    return hits;
  });
  return { results, latency: summarise(latencies) };
}

/**
 * Generates the catalog's vectors and indexes them in batches (for progress). The generated rows
 * live only inside this function: the index holds its own copy, and at a million vectors the 2 GB
 * of generated rows would otherwise stay alive through the save, load and sweep that follow.
 */
function buildIndex(
  distribution: ClusteredDistribution,
  count: number,
  seed: number,
  options: HnswVectorIndexOptions,
  log: (line: string) => void,
) {
  const { dimensions } = distribution;
  const beforeData = rssMb();
  const [rows, generateMs] = timed(() => distribution.sample(count, seed + 1));
  const afterData = rssMb();
  log(
    `generated ${count} x ${dimensions} vectors in ${distribution.clusters} clusters: ${(generateMs / 1000).toFixed(1)} s`,
  );
  // exactBelow: 0 so that the graph answers every unfiltered query, whatever the catalog size.
  const index = HnswVectorIndex.create(dimensions, { ...options, exactBelow: 0 });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  index.reserve(count);
  for (let start = 0; start < count; start += BUILD_BATCH) {
    const end = Math.min(count, start + BUILD_BATCH);
    const keys = Array.from({ length: end - start }, (_, offset) => start + offset + 1);
    index.upsert(
      keys,
      keys.map((key) => rows.subarray((key - 1) * dimensions, key * dimensions)),
    );
    const rate = end / ((performance.now() - started) / 1000);
    log(`  build ${end}/${count}: ${rate.toFixed(0)} vectors/s, ETA ${((count - end) / rate).toFixed(0)} s`);
  }
  const buildMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    index,
    generateMs,
    buildMs,
    buildCpuSeconds: (cpu.user + cpu.system) / 1e6,
    rss: { beforeData, afterData, afterBuild: rssMb() },
  };
}

export async function runVectorBenchmark(
  options: VectorBenchmarkOptions = {},
): Promise<VectorBenchmarkResult> {
  const count = options.vectors ?? 200_000;
  const dimensions = options.dimensions ?? 512;
  const queryCount = options.queries ?? 1000;
  const k = options.k ?? 10;
  const clusters = options.clusters ?? Math.min(5000, Math.max(16, Math.round(count / 100)));
  const seed = options.seed ?? 1;
  const threads = options.threads ?? defaultBuildThreads();
  const log = options.log ?? (() => {});
  const save = options.save ?? true;

  const distribution = new ClusteredDistribution({ dimensions, clusters, seed });
  const queryRows = distribution.sample(queryCount, seed + 2);
  const queries = Array.from({ length: queryCount }, (_, index) =>
    queryRows.subarray(index * dimensions, (index + 1) * dimensions),
  );
  const built = buildIndex(distribution, count, seed, { ...options.settings, buildThreads: threads }, log);
  const { index, buildMs, buildCpuSeconds } = built;
  log(
    `build: ${(buildMs / 1000).toFixed(1)} s wall, ${buildCpuSeconds.toFixed(1)} CPU-s on ${threads} threads`,
  );

  const hnsw = runQueries(index, queries, k);
  const exactLatencies: number[] = [];
  const truth = queries.map((query) => {
    const [hits, milliseconds] = timed(() => index.searchExact(query, k));
    exactLatencies.push(milliseconds);
    return new Set(hits.map((hit) => hit.key));
  });
  const recallAt10 = recall(hnsw.results, truth, k);
  const exact = summarise(exactLatencies);
  log(
    `hnsw: p50 ${hnsw.latency.p50Ms} ms, p99 ${hnsw.latency.p99Ms} ms, recall@${k} ${recallAt10.toFixed(4)}`,
  );
  log(`exact: p50 ${exact.p50Ms} ms, p99 ${exact.p99Ms} ms`);

  const filtered = [0.01, 0.1, 0.5].map((share) => {
    const stride = Math.round(1 / share);
    const candidates = Array.from({ length: Math.floor(count / stride) }, (_, offset) => offset * stride + 1);
    const latencies = queries
      .slice(0, FILTERED_QUERIES)
      .map((query) => timed(() => index.search(query, k, { candidates }))[1]);
    const p50Ms = summarise(latencies).p50Ms;
    log(`filtered to ${share * 100}% (${candidates.length} candidates, exact): p50 ${p50Ms} ms`);
    return { share, candidates: candidates.length, p50Ms };
  });

  let indexBytes: VectorBenchmarkResult['indexBytes'] = null;
  let saveSeconds: number | null = null;
  let loadSeconds: number | null = null;
  const sweep: VectorBenchmarkResult['sweep'] = [];
  if (save) {
    const directory = mkdtempSync(join(tmpdir(), 'atelier-perf-vectors-'));
    try {
      const path = join(directory, 'catalog.index');
      const saveStarted = performance.now();
      await index.save(path);
      saveSeconds = (performance.now() - saveStarted) / 1000;
      const manifest: IndexManifest = await readManifest(path);
      indexBytes = {
        vectors: statSync(join(directory, manifest.vectors.file)).size,
        graph: manifest.graph ? statSync(join(directory, manifest.graph.file)).size : 0,
      };
      const loadStarted = performance.now();
      await HnswVectorIndex.load(path, { dimensions, exactBelow: 0 });
      loadSeconds = (performance.now() - loadStarted) / 1000;
      log(
        `save ${saveSeconds.toFixed(1)} s, load ${loadSeconds.toFixed(1)} s, files ${((indexBytes.vectors + indexBytes.graph) / 2 ** 20).toFixed(0)} MB`,
      );
      for (const expansionSearch of options.sweep ?? []) {
        const reloaded = await HnswVectorIndex.load(path, { expansionSearch, exactBelow: 0 });
        const { results, latency } = runQueries(reloaded, queries, k);
        const entry = {
          expansionSearch,
          p50Ms: latency.p50Ms,
          p99Ms: latency.p99Ms,
          recallAt10: round(recall(results, truth, k), 4),
        };
        sweep.push(entry);
        log(
          `  expansionSearch ${expansionSearch}: p50 ${entry.p50Ms} ms, p99 ${entry.p99Ms} ms, recall@${k} ${entry.recallAt10}`,
        );
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  const buildSeconds = buildMs / 1000;
  return {
    benchmark: 'search-vectors',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    vectors: count,
    dimensions,
    clusters,
    queries: queryCount,
    k,
    settings: { ...index.settings },
    buildThreads: threads,
    generateSeconds: round(built.generateMs / 1000, 1),
    buildSeconds: round(buildSeconds, 1),
    buildCpuSeconds: round(buildCpuSeconds, 1),
    insertsPerSecond: Math.round(count / buildSeconds),
    rssMb: {
      beforeData: Math.round(built.rss.beforeData),
      afterData: Math.round(built.rss.afterData),
      afterBuild: Math.round(built.rss.afterBuild),
      index: Math.round(built.rss.afterBuild - built.rss.afterData),
    },
    indexBytes,
    saveSeconds: saveSeconds === null ? null : round(saveSeconds, 1),
    loadSeconds: loadSeconds === null ? null : round(loadSeconds, 1),
    hnsw: hnsw.latency,
    recallAt10: round(recallAt10, 4),
    exact,
    filtered,
    sweep,
    targets: {
      ...TARGETS,
      met:
        hnsw.latency.p50Ms <= TARGETS.p50Ms &&
        recallAt10 >= TARGETS.recallAt10 &&
        buildSeconds <= TARGETS.buildSeconds,
    },
  };
}

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

function numberFlag(argv: readonly string[], name: string): number | undefined {
  const value = flag(argv, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new Error(`--${name} needs a positive number, got "${value}"`);
  return parsed;
}

/** Parses the command line, runs the benchmark, prints progress to stderr and figures to stdout. */
export async function main(argv: readonly string[]): Promise<VectorBenchmarkResult> {
  const settings: Partial<HnswSettings> = {};
  const connectivity = numberFlag(argv, 'connectivity');
  const expansionAdd = numberFlag(argv, 'expansion-add');
  const expansionSearch = numberFlag(argv, 'expansion-search');
  const quantization = flag(argv, 'quantization');
  if (connectivity !== undefined) settings.connectivity = connectivity;
  if (expansionAdd !== undefined) settings.expansionAdd = expansionAdd;
  if (expansionSearch !== undefined) settings.expansionSearch = expansionSearch;
  if (quantization !== undefined) settings.quantization = quantization as HnswQuantization;
  const sweep = flag(argv, 'sweep');
  const result = await runVectorBenchmark({
    vectors: argv.includes('--million') ? 1_000_000 : numberFlag(argv, 'vectors'),
    dimensions: numberFlag(argv, 'dimensions'),
    queries: numberFlag(argv, 'queries'),
    threads: numberFlag(argv, 'threads'),
    settings,
    sweep: sweep === undefined ? [] : sweep.split(',').map(Number),
    save: !argv.includes('--no-save'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const { hnsw, exact } = result;
  const lines = [
    `vectors ${result.vectors} x ${result.dimensions}, ${result.clusters} clusters, ${result.cores} cores, ${result.cpu}`,
    `settings: M ${result.settings.connectivity}, efConstruction ${result.settings.expansionAdd}, ef ${result.settings.expansionSearch}, ${result.settings.quantization} graph copy (defaults: ${JSON.stringify(DEFAULT_HNSW_SETTINGS)})`,
    `build: ${result.buildSeconds} s wall (${result.buildCpuSeconds} CPU-s, ${result.insertsPerSecond} vectors/s, ${result.buildThreads} threads)`,
    `memory: RSS ${result.rssMb.afterBuild} MB after build, index +${result.rssMb.index} MB; files ${result.indexBytes ? `${(result.indexBytes.vectors / 2 ** 20).toFixed(0)} MB rows + ${(result.indexBytes.graph / 2 ** 20).toFixed(0)} MB graph` : 'not saved'}`,
    `hnsw query (1 thread): p50 ${hnsw.p50Ms} ms, p99 ${hnsw.p99Ms} ms, recall@${result.k} ${result.recallAt10}`,
    `exact query (1 thread): p50 ${exact.p50Ms} ms, p99 ${exact.p99Ms} ms`,
    `targets (p50 <= ${TARGETS.p50Ms} ms, recall >= ${TARGETS.recallAt10}, build <= ${TARGETS.buildSeconds} s): ${result.targets.met ? 'met' : 'NOT met'}`,
    JSON.stringify(result),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return result;
}

// Runs when executed as a script, not when perf/search.ts imports runVectorBenchmark.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
