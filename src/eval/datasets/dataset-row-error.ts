import { AtelierError } from '../../core/index.ts';

/** One row of a dataset file that could not become a sample: skipped, reported, never fatal alone. */
export interface DatasetRowError {
  file: string;
  /** 1-based line where the row starts. */
  line: number;
  /** What was wrong, naming the field. */
  problem: string;
  /** What the row should have held instead. */
  expected: string;
}

export function formatRowError(error: DatasetRowError): string {
  return `${error.file}:${error.line}: ${error.problem} (expected ${error.expected})`;
}

/** How many skipped rows the warnings spell out; the rest stay in `rowErrors` for --json users. */
const LISTED_ERRORS = 20;

export function rowErrorWarnings(errors: readonly DatasetRowError[], totalRows: number): string[] {
  if (errors.length === 0) return [];
  const first = errors[0]!;
  const listed = errors.slice(0, LISTED_ERRORS).map(formatRowError);
  const more = errors.length > LISTED_ERRORS ? [`… and ${errors.length - LISTED_ERRORS} more rows`] : [];
  return [`${first.file}: skipped ${errors.length} of ${totalRows} rows`, ...listed, ...more];
}

/** A file whose every row is bad is the wrong file or the wrong format, not a dataset with gaps. */
export function noSamplesError(
  file: string,
  format: string,
  errors: readonly DatasetRowError[],
): AtelierError {
  if (errors.length === 0) {
    return new AtelierError('INVALID_SOURCE', `${file} holds no samples`, {
      hint: `Write one sample per ${format === 'jsonl' ? 'line' : 'row'}; see the dataset formats in the README.`,
    });
  }
  const shown = errors.slice(0, 3).map(formatRowError).join('; ');
  return new AtelierError(
    'INVALID_SOURCE',
    `every row of ${file} is invalid (${errors.length} rows): ${shown}`,
    {
      hint:
        format === 'jsonl'
          ? 'Each line must be a JSON object with "question", "answer" and optional "image"/"images"/"image_base64", "choices".'
          : 'Each row needs the VLMEvalKit columns index, image, question, answer and options A, B, …',
    },
  );
}
