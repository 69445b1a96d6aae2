import { AtelierError } from '../../core/index.ts';
import type { ScorerName } from '../sample.ts';
import { type LabelledOption, resolveAnswer } from './choice-answer.ts';
import { resolveImagePath } from './dataset-image-path.ts';
import { type InlineImage, parseInlineImage } from './inline-image.ts';

const OPTION_LETTERS = 'ABCDEFGHIJ'.split('');
/** VLMEvalKit's rule: an image cell this short is another row's index, not image data. */
const REFERENCE_MAX_LENGTH = 64;

/** Where each column VLMEvalKit writes sits in this file's header. */
export interface TsvColumns {
  count: number;
  question: number;
  answer: number;
  index?: number;
  image?: number;
  imagePath?: number;
  hint?: number;
  options: { letter: string; column: number }[];
  breakdown: { name: string; column: number }[];
}

export type TsvImages =
  | { kind: 'none' }
  | { kind: 'inline'; images: InlineImage[] }
  | { kind: 'reference'; index: string }
  | { kind: 'paths'; paths: { path: string; reference: string; relative: string }[] };

export interface TsvRow {
  id: string;
  question: string;
  choices?: string[];
  answer: string;
  scorer: ScorerName;
  difficulty: Record<string, string>;
  images: TsvImages;
}

type Failure = { ok: false; problem: string; expected: string };

export function tsvColumns(header: readonly string[], file: string): TsvColumns {
  const names = header.map((name) => name.trim());
  const find = (name: string) => {
    const column = names.indexOf(name);
    return column === -1 ? undefined : column;
  };
  const question = find('question');
  const answer = find('answer');
  if (question === undefined || answer === undefined) {
    const missing = [question === undefined ? 'question' : '', answer === undefined ? 'answer' : '']
      .filter(Boolean)
      .join(' and ');
    throw new AtelierError(
      'INVALID_SOURCE',
      `${file} has no ${missing} column (header: ${names.join(', ')})`,
      {
        hint:
          'A VLMEvalKit TSV needs the columns index, image, question, answer and options A, B, …; a test split ' +
          'without answers cannot be scored, so use a split that has them.',
      },
    );
  }
  const columns: TsvColumns = { count: names.length, question, answer, options: [], breakdown: [] };
  const optional = {
    index: find('index'),
    image: find('image'),
    imagePath: find('image_path'),
    hint: find('hint'),
  };
  for (const [name, column] of Object.entries(optional)) {
    if (column !== undefined) columns[name as keyof typeof optional] = column;
  }
  for (const letter of OPTION_LETTERS) {
    const column = find(letter);
    if (column !== undefined) columns.options.push({ letter, column });
  }
  for (const name of ['category', 'l2-category', 'split']) {
    const column = find(name);
    if (column !== undefined) columns.breakdown.push({ name, column });
  }
  return columns;
}

/** pandas writes a missing value as an empty cell, and data converted with str() as 'nan'. */
function present(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const trimmed = cell.trim();
  return trimmed === '' || trimmed === 'nan' || trimmed === 'NaN' ? undefined : trimmed;
}

/** The row of one TSV record, or what is wrong with it. Pure: references resolve in the loader. */
export function tsvRow(
  fields: readonly string[],
  columns: TsvColumns,
  context: { folder: string; dataRow: number },
): { ok: true; row: TsvRow } | Failure {
  if (fields.length !== columns.count) {
    return {
      ok: false,
      problem: `the row has ${fields.length} fields`,
      expected: `${columns.count} tab-separated fields, as in the header (quote fields that hold tabs or line breaks)`,
    };
  }
  const cell = (column: number | undefined) => (column === undefined ? undefined : present(fields[column]));
  const id = columns.index === undefined ? String(context.dataRow) : cell(columns.index);
  if (id === undefined) return { ok: false, problem: "'index' is empty", expected: 'a unique index per row' };
  const question = cell(columns.question);
  if (question === undefined)
    return { ok: false, problem: "'question' is empty", expected: 'the question text' };
  const hint = cell(columns.hint);

  const options: LabelledOption[] = [];
  for (const { letter, column } of columns.options) {
    const text = cell(column);
    if (text !== undefined) options.push({ letter, text });
  }
  const rawAnswer = cell(columns.answer);
  if (rawAnswer === undefined) {
    return {
      ok: false,
      problem: "'answer' is empty",
      expected: 'the letter of the right option, or the answer text',
    };
  }
  const answer = resolveAnswer(rawAnswer, options);
  if (!answer.ok) return answer;

  const images = tsvImages(cell(columns.image), cell(columns.imagePath), context.folder);
  if (!images.ok) return images;

  const difficulty: Record<string, string> = {};
  for (const { name, column } of columns.breakdown) {
    const value = cell(column);
    if (value !== undefined) difficulty[name] = value;
  }
  const row: TsvRow = {
    id,
    // VLMEvalKit's own prompt puts the hint first, then the question.
    question: hint === undefined ? question : `Hint: ${hint}\nQuestion: ${question}`,
    answer: answer.answer,
    scorer: answer.scorer,
    difficulty,
    images: images.images,
  };
  if (answer.choices !== undefined) row.choices = answer.choices;
  return { ok: true, row };
}

/** A cell that holds one value or a Python list repr of several: "['iVBOR…', '/9j/…']". */
function listItems(cell: string): string[] {
  if (!(cell.startsWith('[') && cell.endsWith(']'))) return [cell];
  return cell
    .slice(1, -1)
    .split(',')
    .map((item) =>
      item
        .trim()
        .replace(/^(['"])(.*)\1$/s, '$2')
        .trim(),
    )
    .filter((item) => item !== '');
}

function tsvImages(
  imageCell: string | undefined,
  pathCell: string | undefined,
  folder: string,
): { ok: true; images: TsvImages } | Failure {
  if (imageCell !== undefined) {
    const items = listItems(imageCell);
    if (items.length === 1 && items[0]!.length <= REFERENCE_MAX_LENGTH) {
      return { ok: true, images: { kind: 'reference', index: items[0]! } };
    }
    return inlineImages(imageCell);
  }
  if (pathCell === undefined) return { ok: true, images: { kind: 'none' } };
  const paths: { path: string; reference: string; relative: string }[] = [];
  for (const reference of listItems(pathCell)) {
    const resolved = resolveImagePath(folder, reference, 'image_path');
    if (!resolved.ok) return resolved;
    paths.push({ path: resolved.path, reference, relative: resolved.relative });
  }
  return { ok: true, images: { kind: 'paths', paths } };
}

/** The image data of an `image` cell that holds data rather than a reference. */
export function inlineImages(
  imageCell: string,
): { ok: true; images: TsvImages & { kind: 'inline' } } | Failure {
  const items = listItems(imageCell);
  const images: InlineImage[] = [];
  for (const [position, item] of items.entries()) {
    const field = items.length === 1 && !imageCell.startsWith('[') ? 'image' : `image[${position}]`;
    const image = parseInlineImage(item, field);
    if (!image.ok) return image;
    images.push(image.image);
  }
  if (images.length === 0)
    return { ok: false, problem: "'image' is an empty list", expected: 'base64 image data' };
  return { ok: true, images: { kind: 'inline', images } };
}
