import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { AtelierError } from '../../core/index.ts';

/** The absolute path of a dataset file, or a clear error when there is no such file. */
export async function datasetFile(path: string): Promise<string> {
  const absolute = resolve(path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    throw new AtelierError('SOURCE_NOT_FOUND', `dataset file ${absolute} not found`, {
      hint: 'Check the path; download the benchmark first (a .jsonl file with its images, or a VLMEvalKit .tsv).',
    });
  }
  if (!info.isFile()) {
    throw new AtelierError('INVALID_SOURCE', `${absolute} is not a file`, {
      hint: 'Pass the benchmark file itself (.jsonl or .tsv), not its folder.',
    });
  }
  return absolute;
}

/** "benchmarks/MMVP.tsv" → "MMVP": the suite name its samples and runs carry. */
export function suiteNameOf(path: string): string {
  return basename(path, extname(path));
}

/** A file changed between the validation pass and streaming: the counts no longer hold. */
export function fileChangedError(file: string, line: number): AtelierError {
  return new AtelierError(
    'INVALID_SOURCE',
    `${file} changed while it was being read (line ${line} differs)`,
    {
      hint: 'Do not edit a dataset file during a run; start the run again.',
    },
  );
}
