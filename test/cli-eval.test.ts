import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/models/index.ts';
import { DATABASE_FILE, openStore, SqliteDatabase } from '../src/store/index.ts';
import { runCliAsync } from './cli-helpers.ts';

let scratch: string;
let home: string;
let errorHome: string;
let dataFile: string;
const SIZE = 12;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'atelier-cli-eval-'));
  home = join(scratch, 'home');
  errorHome = join(scratch, 'errors');
  // The tests start several commands at once; two processes migrating a fresh store would race.
  for (const folder of [home, errorHome]) await (await openStore(folder)).close();
  const folder = join(scratch, 'data');
  mkdirSync(join(folder, 'images'), { recursive: true });
  const png = await sharp({ create: { width: 24, height: 24, channels: 3, background: '#884422' } })
    .png()
    .toBuffer();
  writeFileSync(join(folder, 'images', 'swatch.png'), png);
  const lines = Array.from({ length: SIZE }, (_, index) =>
    JSON.stringify({
      id: `s${index}`,
      question: `Which colour is the swatch (${index})?`,
      image: 'images/swatch.png',
      choices: ['brown', 'blue', 'pink', 'grey'],
      answer: 'ABCD'[index % 4],
    }),
  );
  dataFile = join(folder, 'swatches.jsonl');
  writeFileSync(dataFile, `${lines.join('\n')}\n`);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface EvalJson {
  run: { id: string; suite: string; modelLabel: string; modelKind: string; status: string; total: number };
  counts: { done: number; scored: number; correct: number; unparseable: number };
  accuracy: number;
}

interface ErrorJson {
  ok: false;
  error: { code: string; message: string; hint?: string };
}

describe('atelier eval, runs, rescore', () => {
  it('runs the random and oracle baselines, labelled as baselines; the oracle scores 100%; runs and rescore see them', async () => {
    const [random, oracle] = await Promise.all([
      runCliAsync(['eval', '--suite', dataFile, '--model', 'random', '--home', home]),
      runCliAsync(['eval', '--suite', dataFile, '--model', 'oracle', '--home', home, '--json']),
    ]);
    expect(random.status, random.stderr).toBe(0);
    expect(random.stdout).toMatch(
      /^run run-\d{8}-\d{6}-[0-9a-f]{4} {2}suite swatches {2}model random \(baseline\)$/m,
    );
    expect(random.stdout).toContain(`status done: ${SIZE}/${SIZE} done, 0 error(s), ${SIZE} scored`);
    expect(random.stdout).toMatch(/accuracy \d+\.\d% \(\d+\/12 correct\), unparseable 0\.0% \(0\)/);

    expect(oracle.status, oracle.stderr + oracle.stdout).toBe(0);
    const summary = JSON.parse(oracle.stdout) as EvalJson;
    expect(summary.run).toMatchObject({
      suite: 'swatches',
      modelLabel: 'oracle (baseline)',
      modelKind: 'baseline',
      status: 'done',
      total: SIZE,
    });
    expect(summary.counts).toMatchObject({ done: SIZE, scored: SIZE, correct: SIZE, unparseable: 0 });
    expect(summary.accuracy).toBe(1);

    // Wipe the oracle's scores: rescore must rebuild them from the stored outputs alone.
    const database = new SqliteDatabase(join(home, DATABASE_FILE));
    database
      .prepare('UPDATE eval_results SET score = NULL, outcome = NULL, value = NULL WHERE run_id = ?')
      .run(summary.run.id);
    database.close();

    const [listed, rescored] = await Promise.all([
      runCliAsync(['runs', '--home', home, '--json']),
      runCliAsync(['rescore', summary.run.id, '--home', home, '--json']),
    ]);
    expect(rescored.status, rescored.stderr).toBe(0);
    expect(JSON.parse(rescored.stdout)).toMatchObject({
      ok: true,
      run: summary.run.id,
      rescored: SIZE,
      accuracy: 1,
      counts: { scored: SIZE, correct: SIZE },
    });

    expect(listed.status, listed.stderr).toBe(0);
    const runs = JSON.parse(listed.stdout) as {
      id: string;
      modelLabel: string;
      status: string;
      done: number;
    }[];
    expect(runs.map((run) => run.modelLabel).sort()).toEqual(['oracle (baseline)', 'random (baseline)']);
    for (const run of runs) expect(run).toMatchObject({ status: 'done', done: SIZE, total: SIZE, errors: 0 });
  });

  it('fails clearly: a cost estimate above --max-cost, an unknown suite, --resume with --suite', async () => {
    const server = await startMockServer({ script: { default: { text: 'A' } } });
    try {
      const [costly, unknownSuite, resumeWithSuite] = await Promise.all([
        runCliAsync([
          'eval',
          '--suite',
          dataFile,
          '--model',
          `openai-compatible:${server.url}#mock-vlm`,
          '--max-cost',
          '0.001',
          '--price-in',
          '5',
          '--price-out',
          '15',
          '--home',
          errorHome,
          '--json',
        ]),
        runCliAsync(['eval', '--suite', 'no-such-suite', '--model', 'random', '--home', errorHome, '--json']),
        runCliAsync(['eval', '--resume', 'run-x', '--suite', dataFile, '--home', errorHome, '--json']),
      ]);

      expect(costly.status).toBe(2);
      const refusal = JSON.parse(costly.stdout) as ErrorJson;
      expect(refusal.error.code).toBe('INVALID_ARGUMENT');
      expect(refusal.error.message).toMatch(
        /estimated to cost \$0\.\d+ \(12 samples .*more than --max-cost 0\.001/,
      );
      expect(refusal.error.hint).toMatch(/--limit/);
      expect(server.requestCount()).toBe(0);

      const unknown = JSON.parse(unknownSuite.stdout) as ErrorJson;
      expect(unknownSuite.status).not.toBe(0);
      expect(`${unknown.error.message} ${unknown.error.hint}`).toContain('no-such-suite');
      // The error names the suites there are.
      expect(`${unknown.error.message} ${unknown.error.hint}`).toMatch(/perception/);

      expect(resumeWithSuite.status).toBe(2);
      expect((JSON.parse(resumeWithSuite.stdout) as ErrorJson).error).toMatchObject({
        code: 'USAGE',
        message: expect.stringMatching(/leave out --suite/),
      });

      // The refusal left no run behind.
      const database = new SqliteDatabase(join(errorHome, DATABASE_FILE), { readonly: true });
      expect(database.prepare('SELECT COUNT(*) AS count FROM eval_runs').get()).toEqual({ count: 0 });
      database.close();
    } finally {
      await server.close();
    }
  });
});
