import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalSample } from '../sample.ts';
import { solidImage } from './__fixtures__/solid-image.ts';
import type { DatasetSource } from './dataset-source.ts';
import { loadJsonlDataset } from './load-jsonl-dataset.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-jsonl-dataset-'));
const folder = join(scratch, 'bench');
const file = join(folder, 'my-set.jsonl');
let jpegBase64: string;

async function collect(source: DatasetSource): Promise<EvalSample[]> {
  const samples: EvalSample[] = [];
  for await (const sample of source.samples()) samples.push(sample);
  return samples;
}

function writeJsonl(path: string, lines: unknown[]): void {
  writeFileSync(
    path,
    `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`,
  );
}

beforeAll(async () => {
  mkdirSync(join(folder, 'images'), { recursive: true });
  writeFileSync(join(folder, 'red.png'), await solidImage('#ff0000'));
  writeFileSync(join(folder, 'images', 'blue.png'), await solidImage('#0000ff'));
  writeFileSync(join(scratch, 'secret.png'), await solidImage('#000000'));
  symlinkSync(join(scratch, 'secret.png'), join(folder, 'sneaky.png'));
  jpegBase64 = (await solidImage('#00ff00', 'jpeg')).toString('base64');
  writeJsonl(file, [
    /* 1 */ {
      id: 'q1',
      question: 'What colour is the shirt?',
      image: 'red.png',
      options: { A: 'red', B: 'blue', C: null },
      answer: 'red',
      category: 'colour',
    },
    /* 2 */ {
      question: 'Which is blue?',
      images: ['red.png', 'images/blue.png'],
      choices: ['first', 'second'],
      answer: 'B',
    },
    /* 3 */ { id: 'q3', image: 'red.png', choices: ['a', 'b'], answer: 'A' },
    /* 4 */ { id: 'q4', question: 'Peek?', image: '../secret.png', answer: 'no' },
    /* 5 */ { id: 'q5', question: 'Is it red?', image: './red.png', answer: 'Yes', pair: 'p1' },
    /* 6 */ '',
    /* 7 */ {
      id: 'q7',
      question: 'Name the colour.',
      image_base64: jpegBase64,
      answer: 'green',
      aliases: ['lime'],
    },
    /* 8 */ '{"id": "q8", "question": ',
    /* 9 */ { id: 'q1', question: 'Again?', answer: 'yes' },
    /* 10 */ {
      id: 10,
      question: 'Absolute?',
      image: join(folder, 'images', 'blue.png'),
      answer: true,
      pair: 'p1',
    },
    /* 11 */ { id: 'q11', question: 'Missing?', image: 'nowhere.png', answer: 'no' },
    /* 12 */ { id: 'q12', question: 'Linked?', image: 'sneaky.png', answer: 'no' },
    /* 13 */ {
      id: 'q13',
      question: 'Hard?',
      choices: { A: 'x', B: 'y', C: 'z' },
      answer: 'maybe',
      difficulty: { level: 2 },
    },
  ]);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadJsonlDataset', () => {
  it('loads the good lines as samples, in file order', async () => {
    const source = await loadJsonlDataset(file);
    expect(source.name).toBe('my-set');
    expect(source.count).toBe(5);
    expect(source.rows).toBe(12);
    const samples = await collect(source);
    expect(samples.map((sample) => sample.id)).toEqual(['q1', '2', 'q5', 'q7', '10']);

    const [first, second, yesNo, inline, absolute] = samples as [
      EvalSample,
      EvalSample,
      EvalSample,
      EvalSample,
      EvalSample,
    ];
    expect(first).toEqual({
      id: 'q1',
      suite: 'my-set',
      kind: 'answer',
      question: 'What colour is the shirt?',
      images: [{ path: join(folder, 'red.png'), name: 'red.png' }],
      choices: ['red', 'blue'],
      answer: 'A',
      scorer: 'choice',
      cluster: 'red.png',
      difficulty: { category: 'colour' },
    });
    expect(second).toMatchObject({
      images: [
        { path: join(folder, 'red.png'), name: 'red.png' },
        { path: join(folder, 'images', 'blue.png'), name: 'images/blue.png' },
      ],
      choices: ['first', 'second'],
      answer: 'B',
      scorer: 'choice',
      cluster: 'red.png',
    });
    // "./red.png" names the same image as "red.png", so the two samples share a cluster.
    expect(yesNo).toMatchObject({ answer: 'yes', scorer: 'yes-no', cluster: 'red.png', pair: 'p1' });
    expect(inline).toMatchObject({
      images: [{ base64: jpegBase64, mediaType: 'image/jpeg' }],
      answer: 'green',
      aliases: ['lime'],
      scorer: 'exact',
    });
    expect(inline.cluster).toMatch(/^image:[0-9a-f]{16}$/);
    expect(absolute).toMatchObject({ answer: 'yes', scorer: 'yes-no', cluster: join('images', 'blue.png') });
  });

  it('reports each bad line with its number, what was wrong and what was expected', async () => {
    const { rowErrors } = await loadJsonlDataset(file);
    const byLine = Object.fromEntries(rowErrors.map((error) => [error.line, error]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 8, 9, 11, 12, 13]);
    expect(byLine[3]).toEqual({
      file,
      line: 3,
      problem: "missing 'question'",
      expected: 'a non-empty string',
    });
    expect(byLine[4]?.problem).toMatch(/'image' path \.\.\/secret\.png escapes the dataset folder/);
    expect(byLine[4]?.expected).toContain(folder);
    expect(byLine[8]?.problem).toMatch(/not valid JSON/);
    expect(byLine[9]?.problem).toBe('id "q1" repeats the id of line 1');
    expect(byLine[11]?.problem).toMatch(/nowhere\.png not found/);
    expect(byLine[12]?.problem).toMatch(/outside the dataset folder/);
    expect(byLine[13]?.problem).toMatch(
      /answer "maybe" is neither an option letter nor the text of an option/,
    );
  });

  it('works out the chance row and the pair headline from the good lines', async () => {
    const source = await loadJsonlDataset(file);
    // 1/2 (q1) + 1/2 (2) + 1/2 (q5) + 0 (q7, free text) + 1/2 (10) over 5; pair p1 = q5 and 10.
    expect(source.chance).toEqual({ accuracy: 0.4, 'pair-accuracy': 0.25 });
    expect(source.headline).toEqual(['accuracy', 'pair-accuracy']);
  });

  it('gives the same samples and ids on every load', async () => {
    const first = await collect(await loadJsonlDataset(file));
    const second = await collect(await loadJsonlDataset(file));
    expect(second).toEqual(first);
  });

  it('stops reading when the consumer stops', async () => {
    const source = await loadJsonlDataset(file);
    const ids: string[] = [];
    for await (const sample of source.samples()) {
      ids.push(sample.id);
      if (ids.length === 2) break;
    }
    expect(ids).toEqual(['q1', '2']);
    expect((await collect(source)).length).toBe(5);
  });

  it('refuses a file in which every line is bad, quoting the first errors', async () => {
    const bad = join(folder, 'bad.jsonl');
    writeJsonl(bad, [{ answer: 'A' }, 'not json']);
    await expect(loadJsonlDataset(bad)).rejects.toMatchObject({
      code: 'INVALID_SOURCE',
      message: expect.stringMatching(
        /every row of .*bad\.jsonl is invalid \(2 rows\): .*bad\.jsonl:1: missing 'question'/,
      ),
    });
  });

  it('refuses a line that mixes image sources or gives choices twice', async () => {
    const mixed = join(folder, 'mixed.jsonl');
    writeJsonl(mixed, [
      { question: 'ok?', answer: 'yes' },
      { question: 'a?', image: 'red.png', image_base64: jpegBase64, answer: 'yes' },
      { question: 'b?', choices: ['x', 'y'], options: ['x', 'y'], answer: 'A' },
      {
        question: 'c?',
        image_base64: Buffer.from('plain text, not an image').toString('base64'),
        answer: 'x',
      },
    ]);
    const source = await loadJsonlDataset(mixed);
    expect(source.count).toBe(1);
    expect(source.rowErrors.map((error) => error.problem)).toEqual([
      "both 'image' and 'image_base64' are given",
      "both 'choices' and 'options' are given",
      "'image_base64' decodes to bytes that are not a PNG, JPEG, WebP or GIF image",
    ]);
  });
});
