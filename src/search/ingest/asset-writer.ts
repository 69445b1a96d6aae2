import type { Store } from '../../store/index.ts';

/**
 * Reads and writes asset rows on the raw SQLite handle: one prepared lookup per record and batched
 * upserts are the hot path of an ingest. Each batch is one transaction and each asset inside it a
 * savepoint, so a row that fails rolls back alone and never leaves half an asset behind.
 */
export interface AssetDescription {
  source: string;
  title: string | null;
  description: string | null;
  caption: string | null;
  /** JSON array. */
  tags: string;
  category: string | null;
  price: number | null;
  /** Stable (sorted-key) JSON object. */
  metadata: string;
}

export interface AssetRow extends AssetDescription {
  id: string;
  sha256: string;
  source_sha256: string;
  width: number;
  height: number;
  phash: string;
  color_grid: string;
  thumbnail_sha256: string;
  updated_at: string;
}

export interface ExistingAsset extends AssetDescription {
  key: number;
  sha256: string;
  source_sha256: string | null;
}

export interface BatchFailure {
  id: string;
  error: unknown;
}

export interface AssetWriter {
  find(id: string): ExistingAsset | undefined;
  /** Writes the rows; returns those that failed (already rolled back). */
  writeBatch(rows: readonly AssetRow[]): BatchFailure[];
  /** Records the source bytes' hash of an asset whose stored image and fields did not change. */
  rememberSourceHash(id: string, sourceSha256: string): void;
}

const DESCRIPTION_FIELDS = [
  'source',
  'title',
  'description',
  'caption',
  'tags',
  'category',
  'price',
  'metadata',
] as const;

export function sameDescription(a: AssetDescription, b: AssetDescription): boolean {
  return DESCRIPTION_FIELDS.every((field) => a[field] === b[field]);
}

const COLUMNS = [
  'id',
  'sha256',
  'source_sha256',
  ...DESCRIPTION_FIELDS,
  'width',
  'height',
  'phash',
  'color_grid',
  'thumbnail_sha256',
  'updated_at',
] as const;

export function createAssetWriter(store: Store): AssetWriter {
  const { sqlite } = store;
  const find = sqlite.prepare<[string], ExistingAsset>(
    `SELECT key, sha256, source_sha256, ${DESCRIPTION_FIELDS.join(', ')} FROM assets WHERE id = ?`,
  );
  // ON CONFLICT … DO UPDATE keeps the row's key (and so its place in the vector index); INSERT OR
  // REPLACE would delete it and hand out a new key.
  const upsert = sqlite.prepare<AssetRow>(
    `INSERT INTO assets (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((column) => `@${column}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter((column) => column !== 'id')
       .map((column) => `${column} = excluded.${column}`)
       .join(', ')}`,
  );
  const remember = sqlite.prepare<[string, string]>('UPDATE assets SET source_sha256 = ? WHERE id = ?');
  const writeOne = sqlite.transaction((row: AssetRow) => {
    upsert.run(row);
  });
  const writeAll = sqlite.transaction((rows: readonly AssetRow[]) => {
    const failures: BatchFailure[] = [];
    for (const row of rows) {
      try {
        // A nested better-sqlite3 transaction is a savepoint: a failure undoes this asset only.
        writeOne(row);
      } catch (error) {
        failures.push({ id: row.id, error });
      }
    }
    return failures;
  });
  return {
    find: (id) => find.get(id),
    writeBatch: (rows) => (rows.length === 0 ? [] : writeAll(rows)),
    rememberSourceHash: (id, sourceSha256) => {
      remember.run(sourceSha256, id);
    },
  };
}
