import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EvalSample, SampleImage } from '../sample.ts';
import { type LabelledOption, letterAt, resolveAnswer } from './choice-answer.ts';
import { resolveImagePath } from './dataset-image-path.ts';
import { type InlineImage, parseInlineImage, preview } from './inline-image.ts';

const scalar = z.union([z.string(), z.number()]);
const key = z.union([z.string().trim().min(1), z.number()]);
const optionsSchema = z.union([z.array(scalar), z.record(z.string(), z.union([scalar, z.null()]))]);

/** A line of a JSONL dataset. Unknown fields are ignored, so files written for other tools load. */
const rowSchema = z.object({
  id: key.optional(),
  question: z.string().trim().min(1),
  image: z.string().trim().min(1).optional(),
  images: z.array(z.string().trim().min(1)).min(1).optional(),
  image_base64: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  choices: optionsSchema.optional(),
  options: optionsSchema.optional(),
  answer: z.union([z.string(), z.number(), z.boolean()]),
  aliases: z.array(z.string()).optional(),
  category: scalar.optional(),
  difficulty: z.union([scalar, z.record(z.string(), scalar)]).optional(),
  cluster: key.optional(),
  pair: key.optional(),
});
type Row = z.infer<typeof rowSchema>;

const OPTIONS_EXPECTED = 'an array of option texts, or an object {"A": text, "B": text, …}';
const EXPECTED: Record<string, string> = {
  id: 'a non-empty string or a number',
  question: 'a non-empty string',
  image: "a path relative to the JSONL file's folder",
  images: "a non-empty array of paths relative to the JSONL file's folder",
  image_base64: 'a base64 string, or an array of them, of PNG, JPEG, WebP or GIF data',
  choices: OPTIONS_EXPECTED,
  options: OPTIONS_EXPECTED,
  answer: 'a letter, the text of an option, or a short answer',
  aliases: 'an array of strings',
  category: 'a string or a number',
  difficulty: 'a string, a number, or an object of strings and numbers',
  cluster: 'a non-empty string or a number',
  pair: 'a non-empty string or a number',
};

export interface JsonlSampleContext {
  suite: string;
  /** The JSONL file's folder: image paths resolve against it and may not leave it. */
  folder: string;
}

/** An image file the row names, to be checked for existence by the validation pass. */
export interface ImageFileReference {
  path: string;
  reference: string;
}

export type JsonlSampleResult =
  | { ok: true; sample: EvalSample; imageFiles: ImageFileReference[] }
  | { ok: false; problem: string; expected: string };

type Failure = { ok: false; problem: string; expected: string };

/** Builds the sample of one JSONL line, or says what is wrong with it. Pure: file checks come after. */
export function jsonlSample(value: unknown, line: number, context: JsonlSampleContext): JsonlSampleResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `the line is ${preview(value)}`, expected: 'a JSON object' };
  }
  const parsed = rowSchema.safeParse(value);
  if (!parsed.success) return describeIssue(value as Record<string, unknown>, parsed.error.issues[0]!);
  const row = parsed.data;

  const sources = (['image', 'images', 'image_base64'] as const).filter((field) => row[field] !== undefined);
  if (sources.length > 1) {
    return {
      ok: false,
      problem: `both ${sources.map((field) => `'${field}'`).join(' and ')} are given`,
      expected: "one of 'image', 'images' or 'image_base64'",
    };
  }
  if (row.choices !== undefined && row.options !== undefined) {
    return { ok: false, problem: "both 'choices' and 'options' are given", expected: 'one of them' };
  }

  const images = rowImages(row, context.folder);
  if (!images.ok) return images;
  const options = labelledOptions(
    row.choices ?? row.options,
    row.choices !== undefined ? 'choices' : 'options',
  );
  if (!Array.isArray(options)) return options;
  const answerText = typeof row.answer === 'boolean' ? (row.answer ? 'yes' : 'no') : String(row.answer);
  const answer = resolveAnswer(answerText, options);
  if (!answer.ok) return answer;

  const sample: EvalSample = {
    id: row.id === undefined ? String(line) : String(row.id).trim(),
    suite: context.suite,
    kind: 'answer',
    question: row.question,
    images: images.images,
    answer: answer.answer,
    scorer: answer.scorer,
    difficulty: difficultyOf(row),
  };
  if (answer.choices !== undefined) sample.choices = answer.choices;
  if (row.aliases !== undefined && row.aliases.length > 0) sample.aliases = row.aliases;
  const cluster = row.cluster === undefined ? images.cluster : String(row.cluster);
  if (cluster !== undefined) sample.cluster = cluster;
  if (row.pair !== undefined) sample.pair = String(row.pair);
  return { ok: true, sample, imageFiles: images.files };
}

function describeIssue(row: Record<string, unknown>, issue: z.core.$ZodIssue): Failure {
  const field = String(issue.path[0] ?? '');
  let value: unknown = row;
  for (const step of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[step];
  const where = issue.path.map(String).join('.');
  return {
    ok: false,
    problem: value === undefined ? `missing '${where}'` : `'${where}' is ${preview(value)}`,
    expected: EXPECTED[field] ?? issue.message,
  };
}

function rowImages(
  row: Row,
  folder: string,
): Failure | { ok: true; images: SampleImage[]; files: ImageFileReference[]; cluster?: string } {
  if (row.image_base64 !== undefined) {
    const texts = Array.isArray(row.image_base64) ? row.image_base64 : [row.image_base64];
    const images: InlineImage[] = [];
    for (const [position, text] of texts.entries()) {
      const field = Array.isArray(row.image_base64) ? `image_base64.${position}` : 'image_base64';
      const image = parseInlineImage(text, field);
      if (!image.ok) return { ok: false, problem: image.problem, expected: image.expected };
      images.push(image.image);
    }
    // Rows that inline the same image share a cluster, as rows naming the same file do.
    const cluster = `image:${createHash('sha1').update(images[0]!.base64).digest('hex').slice(0, 16)}`;
    return { ok: true, images, files: [], cluster };
  }
  const references = row.image !== undefined ? [row.image] : (row.images ?? []);
  const images: SampleImage[] = [];
  const files: ImageFileReference[] = [];
  const relatives: string[] = [];
  for (const [position, reference] of references.entries()) {
    const field = row.image !== undefined ? 'image' : `images.${position}`;
    const resolved = resolveImagePath(folder, reference, field);
    if (!resolved.ok) return resolved;
    images.push({ path: resolved.path, name: reference });
    files.push({ path: resolved.path, reference });
    relatives.push(resolved.relative);
  }
  return relatives[0] === undefined
    ? { ok: true, images, files }
    : { ok: true, images, files, cluster: relatives[0] };
}

function labelledOptions(options: Row['choices'], field: string): LabelledOption[] | Failure {
  if (options === undefined) return [];
  if (Array.isArray(options)) {
    const labelled: LabelledOption[] = [];
    for (const [position, option] of options.entries()) {
      const text = String(option).trim();
      if (text === '') {
        return { ok: false, problem: `'${field}.${position}' is empty`, expected: 'a text for every option' };
      }
      labelled.push({ letter: letterAt(position), text });
    }
    return labelled;
  }
  const labelled: LabelledOption[] = [];
  for (const [letter, option] of Object.entries(options)) {
    if (!/^[A-Za-z]$/.test(letter)) {
      return {
        ok: false,
        problem: `'${field}' has the key "${letter}"`,
        expected: 'option letters A, B, C… as keys',
      };
    }
    // An empty or null option is an absent one, as an empty cell is in a VLMEvalKit TSV.
    if (option === null || String(option).trim() === '') continue;
    if (labelled.some((known) => known.letter === letter.toUpperCase())) {
      return {
        ok: false,
        problem: `'${field}' gives option ${letter.toUpperCase()} twice`,
        expected: 'one text per letter',
      };
    }
    labelled.push({ letter: letter.toUpperCase(), text: String(option).trim() });
  }
  return labelled.sort((a, b) => (a.letter < b.letter ? -1 : 1));
}

function difficultyOf(row: Row): Record<string, string | number> {
  const difficulty: Record<string, string | number> = {};
  if (row.category !== undefined) difficulty.category = row.category;
  if (typeof row.difficulty === 'object') Object.assign(difficulty, row.difficulty);
  else if (row.difficulty !== undefined) difficulty.difficulty = row.difficulty;
  return difficulty;
}
