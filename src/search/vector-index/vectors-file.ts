import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { VectorIndexError } from './errors.ts';
import type { VectorStore } from './vector-store.ts';

/**
 * The store's rows on disk: a 16-byte header (magic, dimensions, count), the keys as float64, then the
 * rows as float32, all little-endian — the typed arrays' own layout on every platform Node supports,
 * so reading is one copy from the page cache into the store's buffer.
 */
const MAGIC = 'ATLVEC01';
const HEADER_BYTES = 16;
/** Node refuses single reads and writes past 2 GiB; 64 MiB pieces also keep progress responsive. */
const PIECE_BYTES = 64 * 1024 * 1024;

export function vectorsFileBytes(count: number, dimensions: number): number {
  return HEADER_BYTES + count * 8 + count * dimensions * 4;
}

function bytesOf(array: Float32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

export async function writeVectorsFile(file: string, store: VectorStore): Promise<WrittenFile> {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(store.dimensions, 8);
  header.writeUInt32LE(store.size, 12);
  const hash = createHash('sha256');
  const handle = await open(file, 'w');
  try {
    let position = 0;
    for (const part of [header, bytesOf(store.keys), bytesOf(store.rows)]) {
      hash.update(part);
      for (let offset = 0; offset < part.length; ) {
        const length = Math.min(PIECE_BYTES, part.length - offset);
        const { bytesWritten } = await handle.write(part, offset, length, position);
        offset += bytesWritten;
        position += bytesWritten;
      }
    }
    await handle.sync();
    return { bytes: position, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

export interface VectorsFileContents {
  keys: Float64Array;
  rows: Float32Array;
}

/** Reads a rows file whose shape and checksum the manifest promised; any disagreement names the file. */
export async function readVectorsFile(
  file: string,
  expected: { dimensions: number; count: number; sha256: string },
): Promise<VectorsFileContents> {
  const { dimensions, count } = expected;
  const corrupt = (detail: string) =>
    new VectorIndexError('FILE_CORRUPT', `Vector file ${file} is damaged: ${detail}.`, {
      hint: 'Rebuild the index (the catalog still holds every embedding).',
    });
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new VectorIndexError(
      'FILE_CORRUPT',
      `Vector file ${file}, named by the index manifest, cannot be read.`,
      {
        hint: 'The file was moved or deleted; rebuild the index.',
        cause: error,
      },
    );
  }
  try {
    const bytes = vectorsFileBytes(count, dimensions);
    const { size } = await handle.stat();
    if (size !== bytes) {
      throw corrupt(`${size} bytes where ${count} vectors of ${dimensions} dimensions need ${bytes}`);
    }
    const header = Buffer.alloc(HEADER_BYTES);
    await handle.read(header, 0, HEADER_BYTES, 0);
    if (header.toString('latin1', 0, 8) !== MAGIC)
      throw corrupt('it does not start with the vector file header');
    if (header.readUInt32LE(8) !== dimensions || header.readUInt32LE(12) !== count) {
      throw corrupt(
        `its header says ${header.readUInt32LE(12)} x ${header.readUInt32LE(8)}, the manifest ${count} x ${dimensions}`,
      );
    }
    const keys = new Float64Array(count);
    const rows = new Float32Array(count * dimensions);
    const hash = createHash('sha256').update(header);
    let position = HEADER_BYTES;
    for (const part of [bytesOf(keys), bytesOf(rows)]) {
      for (let offset = 0; offset < part.length; ) {
        const length = Math.min(PIECE_BYTES, part.length - offset);
        const { bytesRead } = await handle.read(part, offset, length, position);
        if (bytesRead === 0) throw corrupt('it ended early');
        offset += bytesRead;
        position += bytesRead;
      }
      hash.update(part);
    }
    if (hash.digest('hex') !== expected.sha256)
      throw corrupt('its checksum differs from the one saved in the manifest');
    const seen = new Set<number>();
    for (const key of keys) {
      if (!Number.isSafeInteger(key) || key < 0)
        throw corrupt(`it holds the key ${key}, which is not a rowid`);
      if (seen.has(key)) throw corrupt(`it holds the key ${key} twice`);
      seen.add(key);
    }
    return { keys, rows };
  } finally {
    await handle.close();
  }
}
