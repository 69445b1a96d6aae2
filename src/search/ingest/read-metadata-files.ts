import { readFile } from 'node:fs/promises';
import { csvCellValue, metadataRowToRecord } from './metadata-row.ts';
import { parseCsv } from './parse-csv.ts';
import { readJsonl } from './read-jsonl.ts';
import type { ReadResult } from './source-record.ts';

export const METADATA_JSONL = 'metadata.jsonl';
export const METADATA_CSV = 'metadata.csv';

export async function readMetadataJsonl(path: string, name = METADATA_JSONL): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const entry of readJsonl(path)) {
    const origin = `${name}:${entry.line}`;
    results.push(
      'error' in entry
        ? { ok: false, skipped: { source: origin, reason: entry.error } }
        : metadataRowToRecord(entry.value, origin),
    );
  }
  return results;
}

/** The first row names the columns; a row with a different number of cells is skipped, not guessed at. */
export async function readMetadataCsv(path: string, name = METADATA_CSV): Promise<ReadResult[]> {
  const [header, ...rows] = parseCsv(await readFile(path, 'utf8'));
  if (header === undefined) return [];
  if ('error' in header)
    return [{ ok: false, skipped: { source: `${name}:${header.line}`, reason: header.error } }];
  const columns = header.fields.map((column) => column.trim());
  const results: ReadResult[] = [];
  for (const row of rows) {
    const origin = `${name}:${row.line}`;
    if ('error' in row) {
      results.push({ ok: false, skipped: { source: origin, reason: row.error } });
      continue;
    }
    if (row.fields.length !== columns.length) {
      const reason = `has ${row.fields.length} cells but the header names ${columns.length} columns (an unquoted comma?)`;
      results.push({ ok: false, skipped: { source: origin, reason } });
      continue;
    }
    const record: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const value = csvCellValue(column, row.fields[index]!);
      if (value !== undefined && column !== '') record[column] = value;
    });
    results.push(metadataRowToRecord(record, origin));
  }
  return results;
}
