/**
 * `npm run perf -- eval [--samples 10000] [--concurrency 1,16,64,256] [--memory-samples 100000]
 * [--images 16] [--warmup 500] [--repeat 1] [--sqlite-pragmas "cache_size=-8192,mmap_size=0"]`
 *
 * Issue targets on a 2-core machine: >= 1,000 samples/s at concurrency 64; peak RSS under 400 MB at
 * 100,000 samples. Each sample is a multiple-choice row of a JSONL file with a 512-px PNG (a few
 * distinct world product shots, shared by all rows), run through the real runner: runEval with a
 * real SQLite store and the openai-compatible adapter over HTTP to the mock server, which answers "A"
 * at once from a process of its own. Both processes share the machine's two cores, so the mock's
 * CPU time is measured and reported beside the harness's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEvalDataset, writeEvalImages } from './eval-dataset.ts';
import { describeLevel, type LevelFigures, runLevel } from './eval-level.ts';
import { startMockProcess } from './eval-mock.ts';

function flag(argv: readonly string[], name: string, fallback: string): string {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? (argv[index + 1] ?? fallback) : fallback;
}

type MemoryFigures = LevelFigures & { peakRssMb: number };

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

export async function main(argv: readonly string[]): Promise<void> {
  const samples = Number(flag(argv, 'samples', '10000'));
  const memorySamples = Number(flag(argv, 'memory-samples', '100000'));
  // --samples 0 skips the throughput levels (to measure memory alone).
  const levels = samples > 0 ? flag(argv, 'concurrency', '1,16,64,256').split(',').map(Number) : [];
  const images = Number(flag(argv, 'images', '16'));
  const warmup = Number(flag(argv, 'warmup', '500'));
  // The build machine is shared: with --repeat N each level runs N times and the best run counts.
  const repeat = Math.max(1, Number(flag(argv, 'repeat', '1')));
  // Diagnostics: PRAGMAs run on the benchmark's stores, to see what the store's own settings cost.
  const sqlitePragmas = flag(argv, 'sqlite-pragmas', '')
    .split(',')
    .map((pragma) => pragma.trim())
    .filter((pragma) => pragma !== '');
  const say = (line: string) => process.stdout.write(`${line}\n`);

  const folder = await mkdtemp(join(tmpdir(), 'atelier-perf-eval-'));
  try {
    say(`cores ${availableParallelism()}, load average before (1/5/15 min): ${load()}`);
    if (sqlitePragmas.length > 0) say(`diagnostic: the store runs with ${sqlitePragmas.join(', ')}`);
    const meanPngBytes = await writeEvalImages(folder, images);
    const dataset = await writeEvalDataset(folder, 'eval.jsonl', samples, images);
    say(
      `data set: ${samples} multiple-choice JSONL rows over ${images} distinct 512-px PNGs (world product shots, mean ${Math.round(meanPngBytes / 1024)} KB), ` +
        'run by runEval with a SQLite store and openai-compatible:URL#mock (no request cache) against the mock server in its own process',
    );
    say(
      'overhead = wall time per sample - mock CPU per request; harness CPU = CPU of the harness process per sample; ' +
        'outside call = per worker, time per sample not spent inside model.complete',
    );

    const results: LevelFigures[] = [];
    for (const concurrency of levels) {
      // A fresh server per level: its CPU counter and connections start clean, and the model's
      // limiter (one per endpoint) is shaped by this level's concurrency.
      const mock = await startMockProcess();
      try {
        // Warm-up: JIT, keep-alive sockets, and the image policy's encode cache (one JPEG per image).
        if (warmup > 0) {
          await runLevel({ file: dataset.file, mock, concurrency, limit: warmup, sqlitePragmas });
        }
        let best: LevelFigures | undefined;
        for (let attempt = 1; attempt <= repeat; attempt += 1) {
          const figures = await runLevel({ file: dataset.file, mock, concurrency, sqlitePragmas });
          say(`${describeLevel(figures)} [load ${load()}]`);
          if (!best || figures.samplesPerSecond > best.samplesPerSecond) best = figures;
        }
        if (best) results.push(best);
      } finally {
        await mock.stop();
      }
    }
    if (repeat > 1) {
      for (const figures of results) say(`best of ${repeat}: ${describeLevel(figures)}`);
    }

    let memory: MemoryFigures | undefined;
    if (memorySamples > 0) {
      const large = await writeEvalDataset(folder, 'eval-large.jsonl', memorySamples, images);
      const output = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          `${import.meta.dirname}/eval-memory.child.ts`,
          large.file,
          '64',
          ...sqlitePragmas,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      memory = JSON.parse(output.trim().split('\n').pop() as string) as MemoryFigures;
      const fileBacked =
        memory.endRssFileMb === null || memory.endRssFileMb === undefined
          ? ''
          : `, of which ${memory.endRssFileMb.toFixed(0)} MB file-backed (shared libraries, SQLite's memory-mapped database)`;
      say(
        `${memory.samples} samples at concurrency 64 in a fresh process: peak RSS ${memory.peakRssMb.toFixed(0)} MB; ` +
          `RSS when the run returned ${memory.rssMb.toFixed(0)} MB${fileBacked}; ` +
          `RSS after each tenth ${memory.rssTrailMb.join(', ')} MB; V8 heap in use ${memory.heapTrailMb.join(', ')} MB; ` +
          `${memory.samplesPerSecond.toFixed(0)} samples/s, errors ${memory.errors}`,
      );
    }
    say(`load average after (1/5/15 min): ${load()}`);

    const at64 = results.find((figures) => figures.concurrency === 64);
    const round = (value: number, digits = 3) => Number(value.toFixed(digits));
    say(
      JSON.stringify({
        benchmark: 'eval',
        cores: availableParallelism(),
        loadAverage: loadavg().map((value) => round(value, 2)),
        samples,
        images,
        repeat,
        sqlitePragmas,
        levels: results.map((figures) => ({
          concurrency: figures.concurrency,
          samplesPerSecond: Math.round(figures.samplesPerSecond),
          wallMsPerSample: round(figures.wallMsPerSample),
          overheadMsPerSample: round(figures.overheadMsPerSample),
          harnessCpuMsPerSample: round(figures.harnessCpuMsPerSample),
          mockCpuMsPerRequest: round(figures.mockCpuMsPerRequest),
          meanCallMs: round(figures.meanCallMs, 2),
          outsideCallMsPerSample: round(figures.outsideCallMsPerSample),
          errors: figures.errors,
        })),
        memory: memory
          ? {
              samples: memory.samples,
              concurrency: 64,
              peakRssMb: Math.round(memory.peakRssMb),
              endRssMb: Math.round(memory.rssMb),
              endRssFileMb: memory.endRssFileMb == null ? null : Math.round(memory.endRssFileMb),
              samplesPerSecond: Math.round(memory.samplesPerSecond),
              errors: memory.errors,
            }
          : null,
        targets: { samplesPerSecondAt64: 1000, peakRssMbAt100k: 400 },
        met: {
          samplesPerSecondAt64: at64 ? at64.samplesPerSecond >= 1000 : null,
          peakRssMbAt100k: memory ? memory.peakRssMb < 400 : null,
        },
      }),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
