import { extname } from 'node:path';
import { AtelierError } from '../../core/index.ts';
import type { EvalSample } from '../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../suite.ts';
import { datasetFile } from './dataset-file.ts';
import { type DatasetRowError, rowErrorWarnings } from './dataset-row-error.ts';
import type { DatasetSource } from './dataset-source.ts';
import { loadJsonlDataset } from './load-jsonl-dataset.ts';
import { loadVlmevalkitTsv } from './load-vlmevalkit-tsv.ts';

/** A suite read from a benchmark file, with what was skipped on the way. */
export type DatasetSuite = SuiteDefinition & {
  /** One summary line, then one line per skipped row (the first 20), ready to print. */
  warnings: string[];
  /** Every skipped row with its file, line, problem and what was expected. */
  rowErrors: DatasetRowError[];
  /** The absolute path of the file. */
  source: string;
};

const LOADERS: Record<string, (path: string) => Promise<DatasetSource>> = {
  '.jsonl': (path) => loadJsonlDataset(path),
  '.tsv': (path) => loadVlmevalkitTsv(path),
};

/**
 * `atelier eval --suite FILE`: a downloaded benchmark (MMVP, BLINK, CV-Bench, HR-Bench, V*Bench, or a
 * team's own set) as a suite. The file's order and options are kept as they are: unlike the
 * built-in suites there is nothing to seed, so `seed` does not change the samples.
 */
export async function loadDatasetSuite(path: string): Promise<DatasetSuite> {
  const file = await datasetFile(path);
  const extension = extname(file).toLowerCase();
  const load = LOADERS[extension];
  if (load === undefined) {
    throw new AtelierError(
      'INVALID_SOURCE',
      `${file}: unknown dataset format "${extension || '(no extension)'}"`,
      {
        hint:
          'Give a .jsonl file (one sample per line: question, answer, image or images relative to the file, ' +
          'choices) or a .tsv in the VLMEvalKit layout (index, image as base64, question, A–D, answer).',
      },
    );
  }
  const source = await load(file);
  const take = (context: SuiteContext) => Math.min(source.count, context.limit ?? source.count);
  return {
    name: source.name,
    description: `${source.count} samples from ${file}`,
    headline: source.headline,
    chance: source.chance,
    defaultLimit: source.count,
    count: take,
    samples: (context) => firstSamples(source, take(context)),
    warnings: rowErrorWarnings(source.rowErrors, source.rows),
    rowErrors: source.rowErrors,
    source: file,
  };
}

async function* firstSamples(source: DatasetSource, limit: number): AsyncGenerator<EvalSample> {
  if (limit <= 0) return;
  let yielded = 0;
  for await (const sample of source.samples()) {
    yield sample;
    if (++yielded >= limit) return;
  }
}
