import type { EvalSample } from '../sample.ts';
import type { DatasetRowError } from './dataset-row-error.ts';

/**
 * A benchmark file after its validation pass: what it holds, what was skipped and why, and a way
 * to stream its samples again without keeping them in memory.
 */
export interface DatasetSource {
  /** The suite name its samples carry: the file's base name. */
  name: string;
  /** The absolute path of the file. */
  path: string;
  format: 'jsonl' | 'vlmevalkit-tsv';
  /** Good rows: the number of samples `samples()` yields. */
  count: number;
  /** Rows read, good and bad. */
  rows: number;
  headline: string[];
  chance: Record<string, number>;
  /** Bad rows, in file order: skipped, and reported so the user can fix them. */
  rowErrors: DatasetRowError[];
  /** Streams the good rows' samples in file order; the same file gives the same ids every time. */
  samples(): AsyncGenerator<EvalSample>;
}
