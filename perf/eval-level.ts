/**
 * One measured run of the eval benchmark: a JSONL suite through the real runner (runEval with a real
 * store, the openai-compatible adapter over HTTP to the mock process), at one concurrency.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasetSuite } from '../src/eval/datasets/index.ts';
import { type EvalProgress, runEval } from '../src/eval/runner/index.ts';
import { createModel } from '../src/models/index.ts';
import { openStore, shrinkPageCache } from '../src/store/index.ts';
import type { MockProcess } from './eval-mock.ts';

export interface LevelFigures {
  concurrency: number;
  samples: number;
  seconds: number;
  samplesPerSecond: number;
  /** Wall time per sample (1 / throughput). */
  wallMsPerSample: number;
  /** CPU time of the harness process (runner, store, openai client, HTTP) per sample. */
  harnessCpuMsPerSample: number;
  /** CPU time of the mock server process per request: the "model's" own time. */
  mockCpuMsPerRequest: number;
  /** Wall time per sample minus the mock's own time per request. */
  overheadMsPerSample: number;
  /** Mean time a sample spent inside model.complete (image policy, request, HTTP, parse), as stored. */
  meanCallMs: number;
  /** Per worker: time per sample outside model.complete (concurrency × wall − mean call). */
  outsideCallMsPerSample: number;
  errors: number;
  rssMb: number;
  /** RSS after each tenth of the run, to show whether memory grows with the samples. */
  rssTrailMb: number[];
  /** The file-backed part of those (shared libraries, SQLite's memory-mapped database), where known. */
  rssFileTrailMb: number[];
  /** V8 heap in use after each tenth. */
  heapTrailMb: number[];
  /** The file-backed part of `rssMb`, where known. */
  endRssFileMb: number | undefined;
}

export interface LevelOptions {
  file: string;
  mock: MockProcess;
  concurrency: number;
  /** Run only the first N samples of the file. */
  limit?: number;
  /**
   * Read the mean call time back from the run's rows (default true). That query scans every row, so
   * the memory measurement leaves it out: its pages would count in the peak RSS of the harness.
   */
  measureLatency?: boolean;
  /** PRAGMA statements run on the benchmark's store first ("cache_size = -8192"): diagnostics only. */
  sqlitePragmas?: readonly string[];
}

/** Linux's split of RSS into anonymous and file-backed pages; undefined elsewhere. */
export function rssFileMb(): number | undefined {
  try {
    const match = /^RssFile:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The model is named in an in-memory config so that its adaptive limiter starts (and stays) at the
 * run's concurrency: the default limiter starts at 4 and grows to 16, which would measure the
 * limiter, not the harness. A real team sets the same `concurrency: {initial, max}` in
 * atelier.config.yaml for a server it knows can take it.
 */
async function mockModel(url: string, concurrency: number) {
  const name = `perf-mock-c${concurrency}`;
  return createModel(name, {
    cache: 'off',
    config: {
      file: 'perf/eval.ts',
      models: {
        [name]: {
          spec: `openai-compatible:${url}#mock`,
          concurrency: { initial: concurrency, max: concurrency },
          unsetVariables: [],
        },
      },
    },
  });
}

export async function runLevel(options: LevelOptions): Promise<LevelFigures> {
  const home = await mkdtemp(join(tmpdir(), 'atelier-perf-eval-home-'));
  const store = await openStore(home);
  // As `atelier eval` does.
  shrinkPageCache(store);
  // Diagnostics only (--sqlite-pragmas): what the store's own settings cost in memory.
  for (const pragma of options.sqlitePragmas ?? []) store.sqlite.pragma(pragma);
  try {
    const suite = await loadDatasetSuite(options.file);
    const context = { store, seed: 0, options: {}, ...(options.limit ? { limit: options.limit } : {}) };
    const samples = suite.count(context);
    const model = await mockModel(options.mock.url, options.concurrency);
    const rssTrailMb: number[] = [];
    const rssFileTrailMb: number[] = [];
    const heapTrailMb: number[] = [];
    let nextMark = Math.ceil(samples / 10);
    const onProgress = (progress: EvalProgress) => {
      if (progress.processed >= nextMark) {
        rssTrailMb.push(Math.round(process.memoryUsage.rss() / 1024 / 1024));
        rssFileTrailMb.push(Math.round(rssFileMb() ?? 0));
        heapTrailMb.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024));
        nextMark += Math.ceil(samples / 10);
      }
    };

    // As the CLI does: its Ctrl-C signal reaches every model call (and costs what it costs there).
    const interrupt = new AbortController();
    const mockBefore = await options.mock.usage();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await runEval({
      store,
      suite,
      context,
      model,
      concurrency: options.concurrency,
      source: suite.source,
      signal: interrupt.signal,
      onProgress,
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const mockAfter = await options.mock.usage();

    const requests = mockAfter.requests - mockBefore.requests;
    const mockCpuMsPerRequest = (mockAfter.cpuMs - mockBefore.cpuMs) / Math.max(requests, 1);
    const rssMb = process.memoryUsage.rss() / 1024 / 1024;
    const endRssFileMb = rssFileMb();
    const latency =
      options.measureLatency === false
        ? undefined
        : store.sqlite
            .prepare<[string], { mean: number | null }>(
              'SELECT AVG(latency_ms) AS mean FROM eval_results WHERE run_id = ?',
            )
            .get(summary.run.id);
    const meanCallMs = latency?.mean ?? Number.NaN;
    const wallMsPerSample = (seconds * 1000) / summary.processed;
    return {
      concurrency: options.concurrency,
      samples: summary.processed,
      seconds,
      samplesPerSecond: summary.processed / seconds,
      wallMsPerSample,
      harnessCpuMsPerSample: (cpu.user + cpu.system) / 1000 / summary.processed,
      mockCpuMsPerRequest,
      overheadMsPerSample: wallMsPerSample - mockCpuMsPerRequest,
      meanCallMs,
      outsideCallMsPerSample: options.concurrency * wallMsPerSample - meanCallMs,
      errors: summary.errors,
      rssMb,
      endRssFileMb,
      rssTrailMb,
      rssFileTrailMb,
      heapTrailMb,
    };
  } finally {
    await store.close();
    await rm(home, { recursive: true, force: true });
  }
}

export function describeLevel(figures: LevelFigures): string {
  const f = (value: number, digits = 2) => value.toFixed(digits);
  return (
    `concurrency ${String(figures.concurrency).padStart(3)}: ${f(figures.samplesPerSecond, 0).padStart(5)} samples/s ` +
    `(${figures.samples} in ${f(figures.seconds, 1)} s), wall ${f(figures.wallMsPerSample, 3)} ms/sample, ` +
    `mock CPU ${f(figures.mockCpuMsPerRequest, 3)} ms/request, overhead ${f(figures.overheadMsPerSample, 3)} ms/sample, ` +
    `harness CPU ${f(figures.harnessCpuMsPerSample, 3)} ms/sample, call ${f(figures.meanCallMs, 2)} ms, ` +
    `outside call ${f(figures.outsideCallMsPerSample, 3)} ms/sample/worker, errors ${figures.errors}, RSS ${f(figures.rssMb, 0)} MB`
  );
}
