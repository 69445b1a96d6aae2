import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalSample } from '../sample.ts';
import { noiseImage, solidImage } from './__fixtures__/solid-image.ts';
import type { DatasetSource } from './dataset-source.ts';
import { loadVlmevalkitTsv } from './load-vlmevalkit-tsv.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-vlmevalkit-tsv-'));
const file = join(scratch, 'MMTiny.tsv');
const images: Record<'red' | 'blue' | 'noise' | 'green', string> = {
  red: '',
  blue: '',
  noise: '',
  green: '',
};

/** Quotes a cell the way pandas' to_csv does with minimal quoting. */
function cell(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeTsv(path: string, rows: string[][]): void {
  writeFileSync(path, rows.map((row) => `${row.map(cell).join('\t')}\n`).join(''));
}

const HEADER = [
  'index',
  'image',
  'image_path',
  'question',
  'hint',
  'A',
  'B',
  'C',
  'D',
  'answer',
  'category',
  'l2-category',
  'split',
];

async function collect(source: DatasetSource): Promise<EvalSample[]> {
  const samples: EvalSample[] = [];
  for await (const sample of source.samples()) samples.push(sample);
  return samples;
}

beforeAll(async () => {
  images.red = (await solidImage('#ff0000')).toString('base64');
  images.blue = (await solidImage('#0000ff', 'webp')).toString('base64');
  images.green = (await solidImage('#00ff00', 'jpeg')).toString('base64');
  // Larger than one 1 MiB read chunk, so the cell is stitched together from several.
  images.noise = (await noiseImage(600, 600)).toString('base64');
  expect(images.noise.length).toBeGreaterThan(1 << 20);
  mkdirSync(join(scratch, 'pics'));
  writeFileSync(join(scratch, 'pics', 'pond.png'), await solidImage('#3366aa'));
  writeTsv(file, [
    /* 1 */ HEADER,
    /* 2 */ [
      '0',
      images.red,
      'x.jpg',
      'What colour?',
      'Look closely',
      'red',
      'blue',
      'green',
      'nan',
      'A',
      'colour',
      'attribute',
      'dev',
    ],
    /* 3 */ ['1', '0', '', 'Is it round?', 'nan', 'yes', 'no', 'nan', '', 'B', 'shape', '', 'dev'],
    /* 4-5 */ [
      '2',
      images.noise,
      '',
      'Tab\there and\na "quoted" line',
      '',
      'x',
      'y',
      '',
      '',
      'A',
      'detail',
      '',
      'dev',
    ],
    /* 6 */ [
      '3',
      `['${images.red}', '${images.blue}']`,
      '',
      'Which differs?',
      '',
      'a',
      'b',
      'nan',
      'neither',
      'D',
      'pairs',
      '',
      'dev',
    ],
    /* 7 */ ['4', '99', '', 'Lost image?', '', 'a', 'b', '', '', 'A', 'x', '', 'dev'],
    /* 8 */ ['5', '', '', 'Is the sky blue?', '', '', '', '', '', 'Yes', 'yes-no', '', 'dev'],
    /* 9 */ ['6', '8', '', 'Third?', '', 'a', 'b', 'nan', 'nan', 'C', 'x', '', 'dev'],
    /* 10 */ ['7', '8', '', 'Forward reference?', '', 'a', 'b', '', '', 'A', 'x', '', 'dev'],
    /* 11 */ ['8', images.green, '', 'Green?', '', 'no', 'yes', '', '', 'B', 'colour', '', 'dev'],
    /* 12 */ ['9', '2', '', 'Noise again?', '', 'p', 'q', '', '', 'B', 'detail', '', 'dev'],
    /* 13 */ ['10', 'too', 'few'],
    /* 14 */ ['11', '', 'pics/pond.png', 'What is shown?', '', '', '', '', '', 'pond', 'open', '', 'dev'],
  ]);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadVlmevalkitTsv', () => {
  it('loads the good rows as samples with hints, options without gaps and breakdown keys', async () => {
    const source = await loadVlmevalkitTsv(file);
    expect(source.name).toBe('MMTiny');
    expect(source.rows).toBe(12);
    const samples = await collect(source);
    expect(samples.map((sample) => sample.id)).toEqual(['0', '1', '2', '3', '5', '7', '8', '9', '11']);
    const byId = Object.fromEntries(samples.map((sample) => [sample.id, sample]));
    expect(byId['0']).toEqual({
      id: '0',
      suite: 'MMTiny',
      kind: 'answer',
      question: 'Hint: Look closely\nQuestion: What colour?',
      images: [{ base64: images.red, mediaType: 'image/png' }],
      choices: ['red', 'blue', 'green'],
      answer: 'A',
      scorer: 'choice',
      cluster: 'image:0',
      difficulty: { category: 'colour', 'l2-category': 'attribute', split: 'dev' },
    });
    expect(byId['2']?.question).toBe('Tab\there and\na "quoted" line');
    expect(byId['3']).toMatchObject({
      images: [
        { base64: images.red, mediaType: 'image/png' },
        { base64: images.blue, mediaType: 'image/webp' },
      ],
      choices: ['a', 'b', 'neither'],
      answer: 'C',
    });
    expect(byId['5']).toMatchObject({ images: [], answer: 'yes', scorer: 'yes-no' });
    expect(byId['5']?.cluster).toBeUndefined();
    expect(byId['11']).toMatchObject({
      images: [{ path: join(scratch, 'pics', 'pond.png'), name: 'pics/pond.png' }],
      answer: 'pond',
      scorer: 'exact',
      cluster: join('pics', 'pond.png'),
    });
  });

  it("resolves an image cell that holds another row's index, backwards and forwards", async () => {
    const byId = Object.fromEntries(
      (await collect(await loadVlmevalkitTsv(file))).map((sample) => [sample.id, sample]),
    );
    expect(byId['1']).toMatchObject({
      images: [{ base64: images.red, mediaType: 'image/png' }],
      cluster: 'image:0',
    });
    expect(byId['7']).toMatchObject({
      images: [{ base64: images.green, mediaType: 'image/jpeg' }],
      cluster: 'image:8',
    });
    expect(byId['2']?.images).toEqual([{ base64: images.noise, mediaType: 'image/png' }]);
    expect(byId['9']).toMatchObject({
      images: [{ base64: images.noise, mediaType: 'image/png' }],
      cluster: 'image:2',
    });
  });

  it('reports bad rows by the line they start on, after a quoted field that spans two lines', async () => {
    const { rowErrors } = await loadVlmevalkitTsv(file);
    expect(rowErrors.map((error) => [error.line, error.problem])).toEqual([
      [7, '\'image\' is "99": too short for image data, and no row has that index'],
      [9, 'answer "C" names an option that is absent (options: A, B)'],
      [13, 'the row has 3 fields'],
    ]);
    expect(rowErrors[2]?.expected).toMatch(/13 tab-separated fields/);
  });

  it('works out the chance row from the good rows', async () => {
    const source = await loadVlmevalkitTsv(file);
    // 1/3 + 1/2 + 1/2 + 1/3 + 1/2 (yes-no) + 1/2 + 1/2 + 1/2 + 0 (free text), over 9 rows.
    expect(source.chance.accuracy).toBeCloseTo((2 / 3 + 3) / 9, 12);
    expect(source.headline).toEqual(['accuracy']);
  });

  it('gives the same samples and ids on every load', async () => {
    const first = await collect(await loadVlmevalkitTsv(file));
    expect(await collect(await loadVlmevalkitTsv(file))).toEqual(first);
  });

  it('refuses a file without an answer column, naming the columns it found', async () => {
    const unanswered = join(scratch, 'test-split.tsv');
    writeTsv(unanswered, [
      ['index', 'image', 'question', 'A', 'B'],
      ['0', images.red, 'Q?', 'a', 'b'],
    ]);
    await expect(loadVlmevalkitTsv(unanswered)).rejects.toMatchObject({
      code: 'INVALID_SOURCE',
      message: expect.stringMatching(/has no answer column \(header: index, image, question, A, B\)/),
    });
  });

  it('refuses a file whose every row is bad, and one whose quote never closes', async () => {
    const bad = join(scratch, 'bad.tsv');
    writeTsv(bad, [
      ['index', 'question', 'answer'],
      ['0', '', 'A'],
    ]);
    await expect(loadVlmevalkitTsv(bad)).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    const open = join(scratch, 'open.tsv');
    writeFileSync(open, 'index\tquestion\tanswer\n0\t"never closed\tyes\n');
    await expect(loadVlmevalkitTsv(open)).rejects.toMatchObject({
      code: 'INVALID_SOURCE',
      message: expect.stringMatching(/open\.tsv:2: a quoted field is never closed/),
    });
  });
});
