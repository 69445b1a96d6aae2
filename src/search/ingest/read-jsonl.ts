import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One non-blank line of a JSONL file: its 1-based number and either the value or why it is not JSON. */
export type JsonlLine = { line: number; value: unknown } | { line: number; error: string };

/**
 * Streams a JSONL file line by line, so a catalog of a million rows is never one string in memory.
 * A line that does not parse is returned as an error for that line; the rest keep coming.
 */
export async function* readJsonl(path: string): AsyncGenerator<JsonlLine> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line++;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
    if (trimmed === '') continue;
    try {
      yield { line, value: JSON.parse(trimmed) as unknown };
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}
