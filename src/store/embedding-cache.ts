import type { Store } from './open-store.ts';

/**
 * Embeddings cached by (image sha256, embedder id, embedder version). Synchronous on the raw
 * better-sqlite3 handle: looking up or writing thousands of vectors is the hot path of indexing and
 * a Kysely round trip per statement would dominate it.
 */
export interface EmbeddingEntry {
  sha256: string;
  vector: Float32Array;
}

/** SQLite's limit on bound parameters is 32766; stay far below it. */
const LOOKUP_CHUNK = 500;

export function encodeVector(vector: Float32Array): Buffer {
  const bytes = Buffer.alloc(vector.length * 4);
  // Explicit little-endian, so a store copied between machines reads the same vectors.
  for (let index = 0; index < vector.length; index++) bytes.writeFloatLE(vector[index]!, index * 4);
  return bytes;
}

export function decodeVector(bytes: Uint8Array, dimensions: number): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(dimensions);
  for (let index = 0; index < dimensions; index++) vector[index] = view.getFloat32(index * 4, true);
  return vector;
}

interface EmbeddingRow {
  sha256: string;
  dimensions: number;
  vector: Buffer;
}

/** Returns the cached vectors for those hashes that have one; missing hashes are simply absent. */
export function getCachedEmbeddings(
  store: Store,
  hashes: readonly string[],
  embedderId: string,
  version: string,
): Map<string, Float32Array> {
  const found = new Map<string, Float32Array>();
  const unique = [...new Set(hashes)];
  for (let start = 0; start < unique.length; start += LOOKUP_CHUNK) {
    const chunk = unique.slice(start, start + LOOKUP_CHUNK);
    const rows = store.sqlite
      .prepare<unknown[], EmbeddingRow>(
        `SELECT sha256, dimensions, vector FROM embeddings
         WHERE embedder_id = ? AND embedder_version = ? AND sha256 IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(embedderId, version, ...chunk);
    for (const row of rows) found.set(row.sha256, decodeVector(row.vector, row.dimensions));
  }
  return found;
}

/** Stores (or replaces) vectors for one embedder version, all in one transaction. */
export function putEmbeddings(
  store: Store,
  entries: readonly EmbeddingEntry[],
  embedderId: string,
  version: string,
): void {
  const insert = store.sqlite.prepare(
    `INSERT OR REPLACE INTO embeddings (sha256, embedder_id, embedder_version, dimensions, vector, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const createdAt = new Date().toISOString();
  store.sqlite.transaction(() => {
    for (const entry of entries) {
      insert.run(
        entry.sha256,
        embedderId,
        version,
        entry.vector.length,
        encodeVector(entry.vector),
        createdAt,
      );
    }
  })();
}
