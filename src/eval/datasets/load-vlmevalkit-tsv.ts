import { dirname } from 'node:path';
import type { EvalSample, SampleImage } from '../sample.ts';
import { datasetFile, fileChangedError, suiteNameOf } from './dataset-file.ts';
import { imageFileChecker } from './dataset-image-path.ts';
import { type DatasetRowError, noSamplesError } from './dataset-row-error.ts';
import type { DatasetSource } from './dataset-source.ts';
import type { InlineImage } from './inline-image.ts';
import { readTsvRecordAt, readTsvRecords } from './read-tsv-records.ts';
import { headlineOf, type RowChance, suiteChance } from './suite-chance.ts';
import type { TsvRecord } from './tsv-record-parser.ts';
import { inlineImages, type TsvColumns, type TsvRow, tsvColumns, tsvRow } from './vlmevalkit-row.ts';

type Place = Omit<TsvRecord, 'fields'>;

/** Kept flat for every good row of the file until the suite is dropped: a few numbers, no text. */
interface GoodRow extends Place, RowChance {
  /** The index of the row whose image this row shares, when its image cell is a reference. */
  reference?: string;
}

/** Owner images kept while streaming: rows that share an image usually sit next to each other. */
const OWNER_CACHE_SIZE = 8;

/**
 * Loads a benchmark in VLMEvalKit's TSV layout (MMBench, MMVP, BLINK, CV-Bench, HR-Bench, V*Bench…
 * as VLMEvalKit downloads them): columns index, image (base64, a list of base64, or another row's
 * index), image_path, question, hint, options A–J, answer, category, l2-category, split. The
 * validation pass keeps each good row's byte offsets, not its images: `samples()` streams the file
 * again and reads a referenced row's image from its offsets when it is needed.
 */
export async function loadVlmevalkitTsv(
  path: string,
  options: { name?: string } = {},
): Promise<DatasetSource> {
  const file = await datasetFile(path);
  const suite = options.name ?? suiteNameOf(file);
  const folder = dirname(file);
  const checkImageFile = imageFileChecker(folder);
  let columns: TsvColumns | undefined;
  let good: GoodRow[] = [];
  const rowErrors: DatasetRowError[] = [];
  const owners = new Map<string, Place>();
  const lineOfId = new Map<string, number>();
  let dataRows = 0;

  for await (const record of readTsvRecords(file)) {
    if (columns === undefined) {
      columns = tsvColumns(record.fields, file);
      continue;
    }
    dataRows++;
    const place: Place = { line: record.line, start: record.start, end: record.end };
    const skip = (problem: string, expected: string) => {
      rowErrors.push({ file, line: record.line, problem, expected });
    };
    const built = tsvRow(record.fields, columns, { folder, dataRow: dataRows });
    if (!built.ok) {
      skip(built.problem, built.expected);
      continue;
    }
    const { row } = built;
    const earlier = lineOfId.get(row.id);
    if (earlier !== undefined) {
      skip(`index "${row.id}" repeats the index of line ${earlier}`, 'a unique index per row');
      continue;
    }
    if (row.images.kind === 'paths') {
      let problem = null;
      for (const image of row.images.paths) {
        problem = await checkImageFile(image.path, image.reference);
        if (problem !== null) break;
      }
      if (problem !== null) {
        skip(problem.problem, problem.expected);
        continue;
      }
    }
    lineOfId.set(row.id, record.line);
    if (row.images.kind === 'inline') owners.set(row.id, place);
    const kept: GoodRow = { ...place, scorer: row.scorer, choiceCount: row.choices?.length ?? 0 };
    if (row.images.kind === 'reference') kept.reference = row.images.index;
    good.push(kept);
  }
  if (columns === undefined) throw noSamplesError(file, 'tsv', rowErrors);

  // References may point forward, so they are checked once every row has been seen.
  const referenced = new Set<string>();
  good = good.filter((row) => {
    if (row.reference === undefined) return true;
    if (owners.has(row.reference)) {
      referenced.add(row.reference);
      return true;
    }
    const line = lineOfId.get(row.reference);
    rowErrors.push({
      file,
      line: row.line,
      problem:
        line === undefined
          ? `'image' is "${row.reference}": too short for image data, and no row has that index`
          : `'image' refers to row "${row.reference}" (line ${line}), which holds no image data`,
      expected: 'base64 image data, or the index of a row whose image cell holds it',
    });
    return false;
  });
  rowErrors.sort((a, b) => a.line - b.line);
  // The streaming closures below share this scope: drop what they do not need.
  lineOfId.clear();
  if (good.length === 0) throw noSamplesError(file, 'tsv', rowErrors);
  const tsvColumnsFound = columns;

  const cache = new Map<string, InlineImage[]>();
  const remember = (index: string, images: InlineImage[]) => {
    cache.delete(index);
    cache.set(index, images);
    if (cache.size > OWNER_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  };
  const ownerImages = async (index: string): Promise<InlineImage[]> => {
    const cached = cache.get(index);
    if (cached !== undefined) return cached;
    const place = owners.get(index)!;
    const record = await readTsvRecordAt(file, place);
    const imageColumn = tsvColumnsFound.image;
    const parsed = imageColumn === undefined ? undefined : inlineImages(record.fields[imageColumn] ?? '');
    if (!parsed?.ok) throw fileChangedError(file, place.line);
    remember(index, parsed.images.images);
    return parsed.images.images;
  };

  async function* samples(): AsyncGenerator<EvalSample> {
    let next = 0;
    let dataRow = 0;
    let header = true;
    for await (const record of readTsvRecords(file)) {
      if (header) {
        header = false;
        continue;
      }
      dataRow++;
      const expected = good[next];
      if (expected === undefined) return;
      if (record.start !== expected.start) continue;
      next++;
      const built = tsvRow(record.fields, tsvColumnsFound, { folder, dataRow });
      if (!built.ok || record.end !== expected.end) throw fileChangedError(file, record.line);
      const { row } = built;
      if (row.images.kind === 'inline' && referenced.has(row.id)) remember(row.id, row.images.images);
      const images = row.images.kind === 'reference' ? await ownerImages(row.images.index) : undefined;
      yield sampleOf(row, suite, images);
    }
    if (next < good.length) throw fileChangedError(file, good[next]!.line);
  }

  return {
    name: suite,
    path: file,
    format: 'vlmevalkit-tsv',
    count: good.length,
    rows: dataRows,
    headline: headlineOf(good),
    chance: suiteChance(good),
    rowErrors,
    samples,
  };
}

function sampleOf(row: TsvRow, suite: string, referencedImages: InlineImage[] | undefined): EvalSample {
  let images: SampleImage[] = [];
  let cluster: string | undefined;
  if (row.images.kind === 'inline') {
    images = row.images.images;
    cluster = `image:${row.id}`;
  } else if (row.images.kind === 'reference') {
    images = [...(referencedImages ?? [])];
    // Rows VLMEvalKit deduplicated share one image: the bootstrap must resample them together.
    cluster = `image:${row.images.index}`;
  } else if (row.images.kind === 'paths') {
    images = row.images.paths.map((image) => ({ path: image.path, name: image.reference }));
    cluster = row.images.paths[0]?.relative;
  }
  const sample: EvalSample = {
    id: row.id,
    suite,
    kind: 'answer',
    question: row.question,
    images,
    answer: row.answer,
    scorer: row.scorer,
    difficulty: row.difficulty,
  };
  if (row.choices !== undefined) sample.choices = row.choices;
  if (cluster !== undefined) sample.cluster = cluster;
  return sample;
}
