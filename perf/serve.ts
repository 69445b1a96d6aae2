/**
 * `npm run perf -- serve [--rows 100000] [--repeat 40]`
 * Latency of the sample viewer's API on a large run: two runs of N result rows each are inserted
 * directly into a real store (samples shaped like the perception suite's: question, four choices,
 * an image blob reference, a box, difficulty and ground truth), then the real app answers requests
 * in process (Hono routing, SQLite, JSON). Pages are read at offsets 0, N/2 and N−50, by cursor,
 * with the wrong-answer filter, by text, one sample, the comparison page and the leaderboard.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';
import { Random } from '../src/world/index.ts';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

const ATTRIBUTES = ['logo-position', 'button-count', 'stripe-direction', 'collar', 'pattern', 'color'];
const CHOICES = ['top-left', 'top-right', 'middle-left', 'bottom-right'];

function sampleJson(index: number, random: Random): string {
  const attribute = ATTRIBUTES[index % ATTRIBUTES.length] as string;
  const hash = (index * 2654435761).toString(16).padStart(64, '0').slice(-64);
  return JSON.stringify({
    id: `perception-${String(index).padStart(6, '0')}`,
    suite: 'perception',
    kind: 'answer',
    question: `Where is the small logo on this jacket (sample ${index})? Look closely at the ${attribute}.`,
    images: [{ sha256: hash }],
    choices: CHOICES,
    answer: 'ABCD'[index % 4],
    scorer: 'choice',
    cluster: `perception-item-${Math.floor(index / 2)}`,
    pair: `perception-pair-${Math.floor(index / 2)}`,
    difficulty: {
      attribute,
      format: 'mc',
      resolution: 512,
      options: 4,
      detail: random.next() < 0.5 ? '<1%' : '1-5%',
    },
    expected: {
      attribute,
      path: 'details.logo.position',
      value: CHOICES[index % 4],
      detailFraction: random.next() / 50,
      item: {
        id: `perception-item-${index}`,
        category: 'jacket',
        color: 'blue',
        pattern: { kind: 'solid' },
        formality: 2,
      },
    },
    boxes: [{ image: 0, box: [44, 65, 50, 71], label: attribute }],
  });
}

async function main(): Promise<void> {
  const rows = flag('rows', 100_000);
  const repeat = flag('repeat', 40);
  const folder = mkdtempSync(join(tmpdir(), 'atelier-perf-serve-'));
  const store = await openStore(join(folder, 'home'));
  try {
    const loadStarted = performance.now();
    const now = new Date().toISOString();
    const insertRun = store.sqlite.prepare(
      `INSERT INTO eval_runs (id, created_at, updated_at, suite, suite_config, model, model_kind, model_label, status, total, settings)
       VALUES (?, ?, ?, 'perception', '{"circular":false,"options":{},"seed":0}', ?, 'baseline', ?, 'done', ?, '{}')`,
    );
    const insertResult = store.sqlite.prepare(
      `INSERT INTO eval_results (run_id, sample_id, position, status, sample, output, score, outcome, value,
         latency_ms, input_tokens, output_tokens, cost, created_at, scored_at)
       VALUES (?, ?, ?, 'done', ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)`,
    );
    const runs = [
      { id: 'run-perf-random', model: 'random', correctRate: 0.25, unparseableRate: 0.05 },
      { id: 'run-perf-better', model: 'better', correctRate: 0.7, unparseableRate: 0.02 },
    ];
    for (const run of runs) {
      insertRun.run(run.id, now, now, run.model, `${run.model} (baseline)`, rows);
      const random = new Random(run.model === 'random' ? 1 : 2);
      const batch = store.sqlite.transaction((start: number, end: number) => {
        for (let index = start; index < end; index++) {
          const draw = random.next();
          const outcome =
            draw < run.correctRate
              ? 'correct'
              : draw < run.correctRate + run.unparseableRate
                ? 'unparseable'
                : 'wrong';
          const letter = outcome === 'unparseable' ? 'I am not sure.' : 'ABCD'[Math.floor(random.next() * 4)];
          const sampleId = `perception-${String(index).padStart(6, '0')}`;
          insertResult.run(
            run.id,
            sampleId,
            index,
            sampleJson(index, new Random(index)),
            JSON.stringify({
              text: letter,
              stopReason: 'stop',
              latencyMs: 1,
              usage: { inputTokens: 0, outputTokens: 0 },
            }),
            JSON.stringify({
              outcome,
              score: outcome === 'correct' ? 1 : 0,
              extracted: letter,
              note: 'read the letter',
            }),
            outcome,
            outcome === 'correct' ? 1 : 0,
            1 + random.next(),
            now,
            now,
          );
        }
      });
      for (let start = 0; start < rows; start += 5000) batch(start, Math.min(rows, start + 5000));
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const wrong =
      store.sqlite
        .prepare<[], { count: number }>(
          "SELECT COUNT(*) AS count FROM eval_results WHERE run_id = 'run-perf-random' AND outcome = 'wrong'",
        )
        .get()?.count ?? 0;

    const controller = new AbortController();
    const app = createApp({ store, signal: controller.signal });
    const measure = async (label: string, path: string, times = repeat) => {
      const durations: number[] = [];
      let items = 0;
      for (let attempt = 0; attempt < times; attempt++) {
        const started = performance.now();
        const response = await app.request(path);
        const body = (await response.json()) as { items?: unknown[] };
        durations.push(performance.now() - started);
        if (response.status !== 200)
          throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
        items = body.items?.length ?? 0;
      }
      durations.sort((a, b) => a - b);
      const figure = {
        label,
        path,
        p50Ms: percentile(durations, 0.5),
        p95Ms: percentile(durations, 0.95),
        items,
        requests: times,
      };
      process.stdout.write(
        `${label.padEnd(34)} p50 ${figure.p50Ms.toFixed(2).padStart(8)} ms  p95 ${figure.p95Ms.toFixed(2).padStart(8)} ms  (${items} items, ${times} requests)\n`,
      );
      return figure;
    };

    process.stdout.write(
      `2 runs × ${rows} rows inserted in ${loadSeconds.toFixed(1)} s; ${wrong} wrong answers in the first\n`,
    );
    const samples = '/api/runs/run-perf-random/samples';
    const figures = [
      await measure('samples offset 0', `${samples}?offset=0&limit=50`),
      await measure(`samples offset ${rows / 2}`, `${samples}?offset=${rows / 2}&limit=50`),
      await measure(`samples offset ${rows - 50}`, `${samples}?offset=${rows - 50}&limit=50`),
      await measure(`samples after ${rows - 100} (cursor)`, `${samples}?after=${rows - 100}&limit=50`),
      await measure('wrong answers offset 0', `${samples}?outcome=wrong&offset=0&limit=50`),
      await measure(
        `wrong answers offset ${Math.floor(wrong / 2)}`,
        `${samples}?outcome=wrong&offset=${Math.floor(wrong / 2)}&limit=50`,
      ),
      await measure(
        `wrong answers offset ${wrong - 50}`,
        `${samples}?outcome=wrong&offset=${wrong - 50}&limit=50`,
      ),
      await measure(
        'text search q=sample 4242',
        `${samples}?q=${encodeURIComponent('sample 4242)')}&limit=50`,
        Math.max(5, repeat / 4),
      ),
      await measure('one sample', `${samples}/perception-${String(rows - 7).padStart(6, '0')}`),
      await measure(
        'one sample, wrong-only neighbours',
        `${samples}/perception-${String(rows - 7).padStart(6, '0')}?outcome=wrong`,
      ),
    ];
    // The first leaderboard answers at once with both runs pending (their summaries start in the
    // summary process); ?wait=1 then waits for them, as a script would. Pages of samples are asked
    // for meanwhile, to show that the server keeps answering.
    const firstStarted = performance.now();
    const first = (await (await app.request('/api/runs')).json()) as { runs: { pending?: boolean }[] };
    const firstMs = performance.now() - firstStarted;
    const pending = first.runs.filter((run) => run.pending === true).length;
    process.stdout.write(
      `${'leaderboard first answer'.padEnd(34)} ${firstMs.toFixed(1)} ms (${pending} of ${first.runs.length} runs pending)\n`,
    );
    figures.push({
      label: 'leaderboard first answer (pending)',
      path: '/api/runs',
      p50Ms: firstMs,
      p95Ms: firstMs,
      items: 0,
      requests: 1,
    });
    const coldStarted = performance.now();
    const cold = (async () => {
      await (await app.request('/api/runs?wait=1')).json();
      return performance.now() - coldStarted;
    })();
    figures.push(
      await measure('samples page while summarising', `${samples}?offset=${rows / 2}&limit=50`, 10),
    );
    const coldMs = await cold;
    process.stdout.write(`${'leaderboard cold (2 summaries)'.padEnd(34)} ${coldMs.toFixed(0)} ms\n`);
    figures.push({
      label: 'leaderboard cold (2 summaries)',
      path: '/api/runs?wait=1',
      p50Ms: coldMs,
      p95Ms: coldMs,
      items: 0,
      requests: 1,
    });
    figures.push(await measure('leaderboard warm', '/api/runs'));
    const pair = '/api/compare?a=run-perf-better&b=run-perf-random';
    figures.push(await measure('compare cold (paired statistics)', `${pair}&limit=50`, 1));
    figures.push(await measure('compare offset 0', `${pair}&limit=50`));
    figures.push(await measure(`compare offset ${rows / 2}`, `${pair}&offset=${rows / 2}&limit=50`));
    figures.push(await measure('compare disagree, first page', `${pair}&filter=disagree&limit=50`, 1));
    figures.push(
      await measure(
        `compare disagree offset ${rows / 4}`,
        `${pair}&filter=disagree&offset=${rows / 4}&limit=50`,
      ),
    );
    process.stdout.write(
      `${JSON.stringify({ benchmark: 'serve', rows, repeat, loadSeconds, wrong, figures: figures.map(({ label, p50Ms, p95Ms, items }) => ({ label, p50Ms, p95Ms, items })) })}\n`,
    );
    controller.abort();
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
