import { dirname } from 'node:path';
import type { EvalSample } from '../sample.ts';
import { datasetFile, fileChangedError, suiteNameOf } from './dataset-file.ts';
import { imageFileChecker } from './dataset-image-path.ts';
import { type DatasetRowError, noSamplesError } from './dataset-row-error.ts';
import type { DatasetSource } from './dataset-source.ts';
import { jsonlSample } from './jsonl-sample.ts';
import { readJsonlLines } from './read-jsonl-lines.ts';
import { headlineOf, type RowChance, rowChanceOf, suiteChance } from './suite-chance.ts';

/**
 * Loads a JSONL benchmark: one sample per line (`question`, `answer`, `image`/`images` paths
 * relative to the file or `image_base64`, `choices`/`options`, `aliases`, `category`, `difficulty`,
 * `cluster`, `pair`, `id`). A first pass validates every line, checks every image file and works
 * out the chance row, keeping only the numbers of the good lines; `samples()` streams the file
 * again. Bad lines are skipped and returned in `rowErrors`; a file with no good line is an error.
 */
export async function loadJsonlDataset(
  path: string,
  options: { name?: string } = {},
): Promise<DatasetSource> {
  const file = await datasetFile(path);
  const context = { suite: options.name ?? suiteNameOf(file), folder: dirname(file) };
  const checkImageFile = imageFileChecker(context.folder);
  const goodLines: number[] = [];
  const chances: RowChance[] = [];
  const rowErrors: DatasetRowError[] = [];
  const firstLineOfId = new Map<string, number>();
  let rows = 0;

  for await (const entry of readJsonlLines(file)) {
    rows++;
    const skip = (problem: string, expected: string) => {
      rowErrors.push({ file, line: entry.line, problem, expected });
    };
    if ('error' in entry) {
      skip(entry.error, 'one JSON object per line');
      continue;
    }
    const built = jsonlSample(entry.value, entry.line, context);
    if (!built.ok) {
      skip(built.problem, built.expected);
      continue;
    }
    const { sample } = built;
    const earlier = firstLineOfId.get(sample.id);
    if (earlier !== undefined) {
      skip(`id "${sample.id}" repeats the id of line ${earlier}`, 'a unique id per sample');
      continue;
    }
    let imageProblem = null;
    for (const image of built.imageFiles) {
      imageProblem = await checkImageFile(image.path, image.reference);
      if (imageProblem !== null) break;
    }
    if (imageProblem !== null) {
      skip(imageProblem.problem, imageProblem.expected);
      continue;
    }
    firstLineOfId.set(sample.id, entry.line);
    goodLines.push(entry.line);
    chances.push(rowChanceOf(sample));
  }
  if (goodLines.length === 0) throw noSamplesError(file, 'jsonl', rowErrors);

  async function* samples(): AsyncGenerator<EvalSample> {
    let next = 0;
    for await (const entry of readJsonlLines(file)) {
      if (next >= goodLines.length) return;
      if (entry.line !== goodLines[next]) continue;
      next++;
      const built = 'value' in entry ? jsonlSample(entry.value, entry.line, context) : undefined;
      if (!built?.ok) throw fileChangedError(file, entry.line);
      yield built.sample;
    }
    if (next < goodLines.length) throw fileChangedError(file, goodLines[next]!);
  }

  return {
    name: context.suite,
    path: file,
    format: 'jsonl',
    count: goodLines.length,
    rows,
    headline: headlineOf(chances),
    chance: suiteChance(chances),
    rowErrors,
    samples,
  };
}
