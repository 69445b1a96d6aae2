import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import type { EvalSample } from '../sample.ts';
import type { SuiteContext } from '../suite.ts';
import { solidImage } from './__fixtures__/solid-image.ts';
import { loadDatasetSuite } from './load-dataset-suite.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-dataset-suite-'));
// Dataset suites never touch the store; the context only needs its shape.
const context = (limit?: number): SuiteContext => ({
  store: {} as Store,
  seed: 1,
  options: {},
  ...(limit === undefined ? {} : { limit }),
});

async function ids(samples: AsyncIterable<EvalSample>): Promise<string[]> {
  const found: string[] = [];
  for await (const sample of samples) found.push(sample.id);
  return found;
}

beforeAll(async () => {
  writeFileSync(join(scratch, 'dot.png'), await solidImage('#112233'));
  const lines = [
    {
      id: 'a',
      question: 'Colour?',
      image: 'dot.png',
      choices: ['dark', 'light', 'white', 'red'],
      answer: 'dark',
    },
    { id: 'b', question: 'Dark?', image: 'dot.png', answer: 'yes' },
    { id: 'c', answer: 'yes' },
    { id: 'd', question: 'Name it.', answer: 'navy' },
  ];
  writeFileSync(join(scratch, 'Own-Set.jsonl'), `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  const png = (await solidImage('#445566')).toString('base64');
  writeFileSync(
    join(scratch, 'CV-Tiny.tsv'),
    `index\timage\tquestion\tA\tB\tanswer\n1\t${png}\tWhich?\tleft\tright\tB\n2\t1\tAgain?\tleft\tright\tA\n`,
  );
  writeFileSync(join(scratch, 'notes.csv'), 'question,answer\n');
  mkdirSync(join(scratch, 'folder.jsonl'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadDatasetSuite', () => {
  it('makes a JSONL file a suite named after the file, with warnings for the skipped lines', async () => {
    const suite = await loadDatasetSuite(join(scratch, 'Own-Set.jsonl'));
    expect(suite.name).toBe('Own-Set');
    expect(suite.source).toBe(join(scratch, 'Own-Set.jsonl'));
    expect(suite.headline).toEqual(['accuracy']);
    // (1/4 + 1/2 + 0) / 3 samples.
    expect(suite.chance.accuracy).toBeCloseTo(0.25, 12);
    expect(suite.defaultLimit).toBe(3);
    expect(suite.warnings).toEqual([
      `${join(scratch, 'Own-Set.jsonl')}: skipped 1 of 4 rows`,
      `${join(scratch, 'Own-Set.jsonl')}:3: missing 'question' (expected a non-empty string)`,
    ]);
    expect(suite.rowErrors).toHaveLength(1);
    expect(await ids(suite.samples(context()))).toEqual(['a', 'b', 'd']);
  });

  it('honours the limit in count() and samples()', async () => {
    const suite = await loadDatasetSuite(join(scratch, 'Own-Set.jsonl'));
    expect(suite.count(context(2))).toBe(2);
    expect(suite.count(context(50))).toBe(3);
    expect(suite.count(context())).toBe(3);
    expect(await ids(suite.samples(context(2)))).toEqual(['a', 'b']);
    expect(await ids(suite.samples(context(0)))).toEqual([]);
  });

  it('makes a VLMEvalKit TSV a suite', async () => {
    const suite = await loadDatasetSuite(join(scratch, 'CV-Tiny.tsv'));
    expect(suite).toMatchObject({ name: 'CV-Tiny', chance: { accuracy: 0.5 }, warnings: [], rowErrors: [] });
    const samples: EvalSample[] = [];
    for await (const sample of suite.samples(context())) samples.push(sample);
    expect(samples.map((sample) => [sample.id, sample.answer, sample.images[0]])).toEqual([
      ['1', 'B', { base64: expect.any(String), mediaType: 'image/png' }],
      ['2', 'A', samples[0]?.images[0]],
    ]);
  });

  it('says which file is missing, and which formats it reads', async () => {
    await expect(loadDatasetSuite(join(scratch, 'absent.jsonl'))).rejects.toMatchObject({
      code: 'SOURCE_NOT_FOUND',
      message: expect.stringContaining(join(scratch, 'absent.jsonl')),
    });
    await expect(loadDatasetSuite(join(scratch, 'notes.csv'))).rejects.toMatchObject({
      code: 'INVALID_SOURCE',
      message: expect.stringContaining('unknown dataset format ".csv"'),
      hint: expect.stringMatching(/\.jsonl.*\.tsv/s),
    });
    await expect(loadDatasetSuite(join(scratch, 'folder.jsonl'))).rejects.toMatchObject({
      code: 'INVALID_SOURCE',
      message: expect.stringContaining('is not a file'),
    });
  });
});
