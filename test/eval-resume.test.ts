import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MockScriptInput, type MockServer, startMockServer } from '../src/models/index.ts';
import { DATABASE_FILE, openStore, SqliteDatabase } from '../src/store/index.ts';
import { runCliAsync } from './cli-helpers.ts';

/**
 * The runner's promise: kill `atelier eval` with SIGKILL at any moment, run it again with --resume,
 * and the run ends with exactly one result per sample. Real processes, a real kill, a real SQLite
 * file, a mock model server on a real port.
 */
const BIN = resolve(import.meta.dirname, '..', 'bin/atelier.js');

let scratch: string;
let home: string;
let dataFile: string;
let server: MockServer | undefined;

async function writeDataSet(size: number, failing: ReadonlySet<number> = new Set()): Promise<string[]> {
  const folder = join(scratch, 'data');
  mkdirSync(join(folder, 'images'), { recursive: true });
  const colours = ['#1f3a93', '#c0392b', '#27ae60'];
  for (const [index, colour] of colours.entries()) {
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: colour } })
      .png()
      .toBuffer();
    writeFileSync(join(folder, 'images', `swatch-${index}.png`), png);
  }
  const ids = Array.from({ length: size }, (_, index) => `q${String(index).padStart(3, '0')}`);
  const lines = ids.map((id, index) =>
    JSON.stringify({
      id,
      question: `${failing.has(index) ? 'FAIL ' : ''}Which colour is swatch ${index}?`,
      image: `images/swatch-${index % colours.length}.png`,
      choices: ['navy', 'red', 'green', 'white'],
      answer: 'ABCD'[index % 4],
    }),
  );
  dataFile = join(folder, 'swatches.jsonl');
  writeFileSync(dataFile, `${lines.join('\n')}\n`);
  return ids;
}

async function startServer(script: MockScriptInput): Promise<MockServer> {
  server = await startMockServer({ script });
  return server;
}

const modelSpec = (mock: MockServer) => `openai-compatible:${mock.url}#mock-vlm`;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'atelier-eval-resume-'));
  home = join(scratch, 'home');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(scratch, { recursive: true, force: true });
});

interface ResultRow {
  sample_id: string;
  status: string;
  position: number;
}

/** Reads the run's rows from the SQLite file, as another process sees them; [] before the table exists. */
function storedRows(runId: string): ResultRow[] {
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new SqliteDatabase(join(home, DATABASE_FILE), { readonly: true, fileMustExist: true });
    database.pragma('busy_timeout = 2000');
    return database
      .prepare<[string], ResultRow>(
        'SELECT sample_id, status, position FROM eval_results WHERE run_id = ? ORDER BY position, sample_id',
      )
      .all(runId);
  } catch {
    return [];
  } finally {
    database?.close();
  }
}

function runStatus(runId: string): string | undefined {
  const database = new SqliteDatabase(join(home, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return database
      .prepare<[string], { status: string }>('SELECT status FROM eval_runs WHERE id = ?')
      .get(runId)?.status;
  } finally {
    database.close();
  }
}

function spawnCli(args: string[]): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited };
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 10));
  }
}

describe('atelier eval: resume, shards, retry', () => {
  it('ends with exactly one done row per sample after a SIGKILL and --resume', async () => {
    const ids = await writeDataSet(40);
    const mock = await startServer({ default: { text: 'A', delayMs: 40 } });
    const { child, exited } = spawnCli([
      'eval',
      '--suite',
      dataFile,
      '--model',
      modelSpec(mock),
      '--run',
      'run-killed',
      '--concurrency',
      '2',
      '--home',
      home,
      '--json',
    ]);
    await waitFor(() => storedRows('run-killed').length >= 5, 'the first results to land');
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    const beforeResume = storedRows('run-killed');
    // The kill came mid-run: otherwise this test would prove nothing about resuming.
    expect(beforeResume.length).toBeGreaterThanOrEqual(5);
    expect(beforeResume.length).toBeLessThan(ids.length);
    expect(runStatus('run-killed')).toBe('running');

    const requestsBefore = mock.requestCount();
    const resumed = await runCliAsync(['eval', '--resume', 'run-killed', '--home', home, '--json']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const summary = JSON.parse(resumed.stdout) as {
      run: { id: string; status: string; total: number };
      counts: { done: number; error: number };
      processed: number;
    };
    expect(summary.run).toMatchObject({ id: 'run-killed', status: 'done', total: ids.length });
    expect(summary.processed).toBe(ids.length - beforeResume.length);
    // Stored samples are never asked again (a call answered just before the kill may come from the cache).
    expect(mock.requestCount() - requestsBefore).toBeLessThanOrEqual(ids.length - beforeResume.length);

    const rows = storedRows('run-killed');
    expect(rows.map((row) => row.sample_id)).toEqual(ids);
    expect(rows.every((row) => row.status === 'done')).toBe(true);
    expect(runStatus('run-killed')).toBe('done');
  });

  it('merges two shards started with the same --run id into one complete run', async () => {
    const ids = await writeDataSet(30);
    const mock = await startServer({ default: { text: 'B', delayMs: 5 } });
    // The store exists before the shards start, as it does after any earlier command.
    await (await openStore(home)).close();
    const shard = (which: string) =>
      runCliAsync([
        'eval',
        '--suite',
        dataFile,
        '--model',
        modelSpec(mock),
        '--run',
        'run-sharded',
        '--shard',
        which,
        '--home',
        home,
        '--json',
      ]);
    const [first, second] = await Promise.all([shard('1/2'), shard('2/2')]);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const processed = [first, second].map(
      (result) => (JSON.parse(result.stdout) as { processed: number }).processed,
    );
    expect(processed).toEqual([15, 15]);
    expect(mock.requestCount()).toBe(30);

    const rows = storedRows('run-sharded');
    expect(rows.map((row) => row.sample_id)).toEqual(ids);
    expect(rows.every((row) => row.status === 'done')).toBe(true);
    expect(runStatus('run-sharded')).toBe('done');
  });

  it('runs only the failed samples again with --retry-errors', async () => {
    const failing = new Set([2, 5, 7]);
    const ids = await writeDataSet(10, failing);
    const mock = await startServer({
      steps: [
        {
          match: { lastUserContains: 'FAIL' },
          times: failing.size,
          respond: { error: { status: 400, message: 'the mock refuses this one' } },
        },
      ],
      default: { text: 'C' },
    });
    const args = ['--home', home, '--json'];
    const first = await runCliAsync([
      'eval',
      '--suite',
      dataFile,
      '--model',
      modelSpec(mock),
      '--run',
      'run-retry',
      ...args,
    ]);
    expect(first.status).toBe(1);
    const failed = JSON.parse(first.stdout) as {
      run: { status: string };
      counts: { done: number; error: number };
    };
    expect(failed.run.status).toBe('failed');
    expect(failed.counts).toMatchObject({ done: 7, error: 3 });
    expect(mock.requestCount()).toBe(10);
    const errored = storedRows('run-retry').filter((row) => row.status === 'error');
    expect(errored.map((row) => row.sample_id)).toEqual([...failing].map((index) => ids[index]));

    const retried = await runCliAsync(['eval', '--resume', 'run-retry', '--retry-errors', ...args]);
    expect(retried.status, retried.stderr).toBe(0);
    expect(mock.requestCount()).toBe(13);
    const asked = mock
      .requests()
      .slice(10)
      .map((request) => JSON.stringify(request.body));
    for (const body of asked) expect(body).toContain('FAIL');
    const summary = JSON.parse(retried.stdout) as {
      run: { status: string };
      counts: { done: number; error: number };
    };
    expect(summary.run.status).toBe('done');
    expect(summary.counts).toMatchObject({ done: 10, error: 0 });
    const rows = storedRows('run-retry');
    expect(rows.map((row) => row.sample_id)).toEqual(ids);
    expect(rows.every((row) => row.status === 'done')).toBe(true);
  });
});
