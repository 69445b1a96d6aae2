import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileChangedError } from './dataset-file.ts';
import { type TsvRecord, TsvRecordParser } from './tsv-record-parser.ts';

const CHUNK_BYTES = 1 << 20;
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** Streams the records of a TSV file, header included, one chunk of bytes at a time. */
export async function* readTsvRecords(path: string): AsyncGenerator<TsvRecord> {
  const input = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let parser: TsvRecordParser | undefined;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (parser === undefined) {
        const marked = bytes.subarray(0, 3).equals(BYTE_ORDER_MARK);
        parser = new TsvRecordParser({ label: path, offset: marked ? 3 : 0 });
        if (marked) bytes = bytes.subarray(3);
      }
      yield* parser.push(bytes);
    }
    const last = parser?.finish();
    if (last !== undefined) yield last;
  } finally {
    input.destroy();
  }
}

/** Reads one record again from the offsets the streaming pass gave it. */
export async function readTsvRecordAt(path: string, record: Omit<TsvRecord, 'fields'>): Promise<TsvRecord> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(record.end - record.start);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, record.start);
    const parser = new TsvRecordParser({ label: path, offset: record.start, line: record.line });
    const found = parser.push(bytes.subarray(0, bytesRead))[0] ?? parser.finish();
    if (found === undefined || found.end !== record.end) throw fileChangedError(path, record.line);
    return found;
  } finally {
    await handle.close();
  }
}
