import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';
import type { SampleListItem } from './sample-view.ts';
import { createTestRuns } from './test-support/server-test-home.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-runs-'));
let store: Store;
let app: ReturnType<typeof createApp>;
let runs: { oracle: string; random: string };

interface SamplePage {
  items: SampleListItem[];
  total: number;
  next: { after: number } | null;
}

interface Metric {
  name: string;
  estimate: number;
  low: number;
  high: number;
  n: number;
  chance?: number;
}

beforeAll(async () => {
  // The perception suite renders its own images into the store: no catalog is needed.
  store = await openStore(join(scratch, 'home'));
  runs = await createTestRuns(store);
  app = createApp({ store });
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const get = async <T>(path: string) => {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as T };
};

describe('GET /api/runs', () => {
  it('returns the leaderboard with counts and headline metrics with intervals', async () => {
    const { status, body } = await get<{
      runs: {
        id: string;
        counts: { done: number; correct: number };
        headline: Metric[];
        modelKind: string;
      }[];
      suites: { suite: string; metrics: string[]; chance: Record<string, number>; runIds: string[] }[];
    }>('/api/runs');
    expect(status).toBe(200);
    expect(body.runs.map((run) => run.id).sort()).toEqual([runs.oracle, runs.random].sort());
    const oracle = body.runs.find((run) => run.id === runs.oracle)!;
    expect(oracle.counts).toMatchObject({ done: 12, correct: 12 });
    const accuracy = oracle.headline.find((metric) => metric.name === 'accuracy')!;
    expect(accuracy.estimate).toBe(1);
    expect(accuracy.n).toBe(12);
    expect(accuracy.low).toBeGreaterThan(0.5);
    expect(accuracy.low).toBeLessThan(1);
    expect(accuracy.chance).toBeGreaterThan(0);
    expect(body.suites).toEqual([
      expect.objectContaining({ suite: 'perception', runIds: [runs.oracle, runs.random] }),
    ]);
  });

  it('returns one run with its breakdowns', async () => {
    const { status, body } = await get<{
      id: string;
      summary: { breakdowns: { key: string; value: string }[]; headline: Metric[] };
    }>(`/api/runs/${runs.random}`);
    expect(status).toBe(200);
    expect(body.id).toBe(runs.random);
    expect(body.summary.breakdowns.map((row) => row.key)).toContain('attribute');
    expect((await get<unknown>('/api/runs/run-nope')).status).toBe(404);
  });
});

describe('summaries of large runs', () => {
  it('are computed in a child process with the same numbers as in process', async () => {
    const controller = new AbortController();
    const outOfProcess = createApp({ store, inlineSummaryRows: 0, signal: controller.signal });
    try {
      const local = await (await app.request(`/api/runs/${runs.random}`)).json();
      const remote = await (await outOfProcess.request(`/api/runs/${runs.random}?wait=1`)).json();
      expect(remote).toEqual(local);
      const compared = (await (
        await outOfProcess.request(`/api/compare?a=${runs.oracle}&b=${runs.random}&limit=1`)
      ).json()) as { comparison: { paired: number; accuracyA: number } };
      expect(compared.comparison).toMatchObject({ paired: 12, accuracyA: 1 });
    } finally {
      controller.abort();
    }
  });

  it('answer at once as pending while the summary is computed in the background', async () => {
    const controller = new AbortController();
    const background = createApp({ store, inlineSummaryRows: 5, signal: controller.signal });
    const ask = async <T>(path: string) => (await (await background.request(path)).json()) as T;
    type Detail = { pending: boolean; summary: { headline: Metric[] } | null; counts: { done: number } };
    type Listing = { runs: { id: string; pending: boolean; headline?: Metric[]; scored: number }[] };
    try {
      // Nothing has been computed in this app yet, and the summary process answers asynchronously.
      const first = await ask<Detail>(`/api/runs/${runs.random}`);
      expect(first).toMatchObject({ pending: true, summary: null, counts: { done: 12 } });
      const listed = (await ask<Listing>('/api/runs')).runs.find((run) => run.id === runs.random)!;
      expect(listed).toMatchObject({ pending: true, scored: 12 });
      expect(listed.headline).toBeUndefined();

      let detail = first;
      for (let attempt = 0; detail.pending && attempt < 600; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        detail = await ask<Detail>(`/api/runs/${runs.random}`);
      }
      expect(detail.pending).toBe(false);
      const local = await (await app.request(`/api/runs/${runs.random}`)).json();
      expect(detail).toEqual(local);
      const after = (await ask<Listing>('/api/runs')).runs.find((run) => run.id === runs.random)!;
      expect(after.pending).toBe(false);
      expect(after.headline?.length).toBeGreaterThan(0);
    } finally {
      controller.abort();
    }
  });
});

describe('GET /api/runs/:id/samples', () => {
  it('pages through the samples in suite order, by offset and by cursor', async () => {
    const first = await get<SamplePage>(`/api/runs/${runs.random}/samples?limit=5`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(12);
    expect(first.body.items.map((item) => item.position)).toEqual([0, 1, 2, 3, 4]);
    const byOffset = await get<SamplePage>(`/api/runs/${runs.random}/samples?offset=5&limit=5`);
    const byCursor = await get<SamplePage>(
      `/api/runs/${runs.random}/samples?after=${first.body.next!.after}&limit=5`,
    );
    expect(byOffset.body.items.map((item) => item.id)).toEqual(byCursor.body.items.map((item) => item.id));
    expect(byOffset.body.items.map((item) => item.position)).toEqual([5, 6, 7, 8, 9]);
    const last = await get<SamplePage>(`/api/runs/${runs.random}/samples?offset=10&limit=5`);
    expect(last.body.items).toHaveLength(2);
    expect(last.body.next).toBeNull();
  });

  it('shows what the viewer needs: question, choices, truth, images as URLs, boxes, raw output, outcome', async () => {
    const { body } = await get<SamplePage>(`/api/runs/${runs.random}/samples?limit=1`);
    const item = body.items[0]!;
    expect(item.question!.length).toBeGreaterThan(5);
    expect(Array.isArray(item.choices)).toBe(true);
    expect(item.answer).toMatch(/^[A-Z]$/);
    expect(item.images[0]!.url).toMatch(/^\/api\/blobs\/[0-9a-f]{64}$/);
    expect(item.boxes).toEqual([expect.objectContaining({ image: 0, box: expect.any(Array) })]);
    expect(item.outputText).toMatch(/[A-Z]/);
    expect(['correct', 'wrong', 'unparseable']).toContain(item.outcome);
    const image = await app.request(item.images[0]!.url!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('filters to the wrong answers, counting only those', async () => {
    const all = await get<SamplePage>(`/api/runs/${runs.random}/samples?limit=500`);
    const wrong = all.body.items.filter((item) => item.outcome === 'wrong');
    expect(wrong.length).toBeGreaterThan(0);
    const filtered = await get<SamplePage>(`/api/runs/${runs.random}/samples?outcome=wrong&limit=500`);
    expect(filtered.body.total).toBe(wrong.length);
    expect(filtered.body.items.map((item) => item.id)).toEqual(wrong.map((item) => item.id));
    const oracleWrong = await get<SamplePage>(`/api/runs/${runs.oracle}/samples?outcome=wrong`);
    expect(oracleWrong.body.total).toBe(0);
    const correct = await get<SamplePage>(`/api/runs/${runs.oracle}/samples?outcome=correct&limit=3`);
    expect(correct.body.total).toBe(12);
    expect(correct.body.items).toHaveLength(3);
  });

  it('searches the sample id, question and answer text, treating wildcards literally', async () => {
    const { body } = await get<SamplePage>(`/api/runs/${runs.random}/samples?limit=1&offset=3`);
    const target = body.items[0]!;
    const found = await get<SamplePage>(
      `/api/runs/${runs.random}/samples?q=${encodeURIComponent(target.id)}`,
    );
    expect(found.body.items.map((item) => item.id)).toContain(target.id);
    expect(found.body.total).toBeLessThan(12);
    const wildcard = await get<SamplePage>(`/api/runs/${runs.random}/samples?q=${encodeURIComponent('%')}`);
    expect(wildcard.body.total).toBe(0);
    // Text that JSON escapes skips the raw-column shortcut but still searches the question.
    const quoted = await get<SamplePage>(`/api/runs/${runs.random}/samples?q=${encodeURIComponent('"')}`);
    expect(quoted.status).toBe(200);
    const word = target.question!.split(' ')[1]!;
    const byWord = await get<SamplePage>(
      `/api/runs/${runs.random}/samples?q=${encodeURIComponent(word.toUpperCase())}`,
    );
    expect(byWord.body.items.map((item) => item.id)).toContain(target.id);
  });

  it.each([
    ['an unknown outcome', 'outcome=maybe'],
    ['a limit over the page maximum', 'limit=501'],
    ['a negative offset', 'offset=-3'],
  ])('rejects %s with a 400', async (_, query) => {
    const { status, body } = await get<{ error: { code: string } }>(
      `/api/runs/${runs.random}/samples?${query}`,
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_ARGUMENT');
  });
});

describe('GET /api/runs/:id/samples/:sampleId', () => {
  it('returns the sample in full, with its neighbours within the filter', async () => {
    const wrong = (await get<SamplePage>(`/api/runs/${runs.random}/samples?outcome=wrong&limit=500`)).body
      .items;
    const second = wrong[1]!;
    const { status, body } = await get<{
      id: string;
      sample: { question: string; expected: unknown; images: { url: string }[] };
      output: { text: string };
      score: { outcome: string; extracted?: string };
      previous: string | null;
      next: string | null;
    }>(`/api/runs/${runs.random}/samples/${encodeURIComponent(second.id)}?outcome=wrong`);
    expect(status).toBe(200);
    expect(body.sample.question).toBe(second.question);
    expect(body.sample.expected).toBeDefined();
    expect(body.sample.images[0]!.url).toBe(second.images[0]!.url);
    expect(body.output.text).toBe(second.outputText);
    expect(body.score.outcome).toBe('wrong');
    expect(body.previous).toBe(wrong[0]!.id);
    expect(body.next).toBe(wrong[2]?.id ?? null);
    expect((await get<unknown>(`/api/runs/${runs.random}/samples/nope`)).status).toBe(404);
  });
});

describe('GET /api/compare', () => {
  it('puts two runs side by side with the paired comparison, and filters disagreements', async () => {
    const all = await get<{
      total: number;
      items: { id: string; a: { outcome: string }; b: { outcome: string } }[];
      comparison: { paired: number; accuracyA: number; mcnemar: { pValue: number } };
    }>(`/api/compare?a=${runs.oracle}&b=${runs.random}&limit=500`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(12);
    expect(all.body.comparison.paired).toBe(12);
    expect(all.body.comparison.accuracyA).toBe(1);
    const disagreeing = all.body.items.filter((item) => item.b.outcome !== 'correct').map((item) => item.id);
    const disagree = await get<typeof all.body>(
      `/api/compare?a=${runs.oracle}&b=${runs.random}&filter=disagree&limit=500`,
    );
    expect(disagree.body.total).toBe(disagreeing.length);
    expect(disagree.body.items.map((item) => item.id)).toEqual(disagreeing);
    for (const item of disagree.body.items) {
      expect(item.a.outcome).toBe('correct');
      expect(item.b.outcome).not.toBe('correct');
    }
    const bBetter = await get<typeof all.body>(
      `/api/compare?a=${runs.oracle}&b=${runs.random}&filter=b-better`,
    );
    expect(bBetter.body.total).toBe(0);
  });

  it('rejects a missing or repeated run', async () => {
    expect((await get<unknown>(`/api/compare?a=${runs.oracle}`)).status).toBe(400);
    expect((await get<unknown>(`/api/compare?a=${runs.oracle}&b=${runs.oracle}`)).status).toBe(400);
    expect((await get<unknown>(`/api/compare?a=${runs.oracle}&b=run-nope`)).status).toBe(404);
  });
});
