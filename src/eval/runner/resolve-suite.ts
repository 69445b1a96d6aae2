import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDatasetSuite } from '../datasets/index.ts';
import type { SuiteDefinition } from '../suite.ts';
import { getSuite } from '../suites/index.ts';

export interface ResolvedSuite {
  suite: SuiteDefinition;
  /** The data file's absolute path, for external suites. */
  source?: string;
  /** Rows of a data file that were skipped, one line each, ready to print. */
  warnings: string[];
}

const DATA_FILE = /\.(jsonl|tsv)$/i;

/** `--suite` names a built-in suite, or a JSONL / VLMEvalKit TSV file to load. */
export async function resolveSuite(nameOrFile: string): Promise<ResolvedSuite> {
  const looksLikeFile =
    DATA_FILE.test(nameOrFile) ||
    nameOrFile.includes('/') ||
    nameOrFile.includes('\\') ||
    (existsSync(nameOrFile) && statSync(nameOrFile).isFile());
  if (!looksLikeFile) return { suite: getSuite(nameOrFile), warnings: [] };
  const source = resolve(nameOrFile);
  const suite = await loadDatasetSuite(source);
  return { suite, source, warnings: suite.warnings };
}
