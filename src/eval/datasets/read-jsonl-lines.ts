import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One non-blank line of a JSONL file: its 1-based number and either the value or why it is not JSON. */
export type JsonlLine = { line: number; value: unknown } | { line: number; error: string };

/**
 * Streams a JSONL file line by line, so a 100k-row benchmark is never one string in memory. A line
 * that does not parse comes back as an error for that line; the rest keep coming.
 */
export async function* readJsonlLines(path: string): AsyncGenerator<JsonlLine> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (trimmed === '') continue;
      try {
        yield { line, value: JSON.parse(trimmed) as unknown };
      } catch (error) {
        yield { line, error: `the line is not valid JSON (${(error as Error).message})` };
      }
    }
  } finally {
    // A consumer that stops early (a --limit) must not leave the file open.
    lines.close();
    input.destroy();
  }
}
