import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { AtelierError } from '../core/index.ts';
import { type BlobStore, openBlobStore } from './blob-store.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { SQLITE_BUILD, SqliteDatabase } from './sqlite-driver.ts';

export interface Store {
  /** The Atelier home folder holding atelier.db and blobs/. */
  readonly home: string;
  /** Typed query builder for ordinary reads and writes. */
  readonly db: Kysely<Database>;
  /** The same connection, raw: FTS5 MATCH queries and hot loops that a builder would slow down. */
  readonly sqlite: BetterSqlite3.Database;
  readonly blobs: BlobStore;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'atelier.db';

function openDatabase(path: string): BetterSqlite3.Database {
  try {
    const sqlite = new SqliteDatabase(path);
    // WAL lets the server read while an ingest writes; NORMAL sync is durable in WAL mode except for
    // the last transactions before a power cut, which an ingest simply redoes.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // A second process (the CLI while the server runs) waits for the lock instead of failing at once.
    sqlite.pragma('busy_timeout = 5000');
    // Catalog rows carry their whole metadata JSON (~1 KB); SQLite's 2 MB default page cache would
    // reread a 100k catalog from disk on every query. 64 MiB of cache plus memory-mapped reads keep
    // hot pages in memory.
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('mmap_size = 268435456');
    return sqlite;
  } catch (error) {
    const message = (error as Error).message;
    // A native module built for another Node.js version (after switching Node) fails here too.
    const wrongNode = /NODE_MODULE_VERSION|compiled against a different Node/.test(message);
    throw new AtelierError('STORE_FAILED', `cannot open the database ${path}: ${message.split('\n')[0]}`, {
      hint: wrongNode
        ? `${SQLITE_BUILD} was built for another Node.js version; run "npm rebuild" (now on Node ${process.versions.node}).`
        : 'Check that the Atelier home folder is writable, or pass another one with --home.',
      cause: error,
    });
  }
}

async function migrate(db: Kysely<Database>, path: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName;
  const message = error instanceof Error ? error.message : String(error);
  throw new AtelierError(
    'STORE_FAILED',
    `cannot bring ${path} up to date${failed ? ` (migration ${failed})` : ''}: ${message}`,
    {
      hint: /corrupted migrations/.test(message)
        ? 'This store was written by a newer Atelier; upgrade Atelier or use another --home.'
        : 'Move the database aside and ingest again, or report the message above.',
      cause: error,
    },
  );
}

/**
 * Two processes opening a fresh home together (two shards of one eval) both see no migrations and
 * both try to create the tables; the loser fails with "already exists". Kysely's SQLite migrator
 * takes no cross-process lock, so the loser waits and tries again, by which time the winner has
 * recorded its migrations and there is nothing left to do.
 */
async function migrateWithRetry(db: Kysely<Database>, path: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrate(db, path);
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= 5 || !/already exists|database is locked|SQLITE_BUSY/i.test(message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

/**
 * Opens (creating if needed) the store in `home` and migrates it to the latest schema. Async because
 * Kysely's migrator is; everything after opening is available synchronously through `sqlite`.
 */
export async function openStore(home: string): Promise<Store> {
  try {
    mkdirSync(home, { recursive: true });
  } catch (error) {
    throw new AtelierError('STORE_FAILED', `cannot create the Atelier home folder ${home}`, {
      hint: 'Pass a writable folder with --home or ATELIER_HOME.',
      cause: error,
    });
  }
  const path = join(home, DATABASE_FILE);
  const sqlite = openDatabase(path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateWithRetry(db, path);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const blobs = openBlobStore(join(home, 'blobs'));
  let closed = false;
  return {
    home,
    db,
    sqlite,
    blobs,
    async close() {
      if (closed) return;
      closed = true;
      // Destroying Kysely's SQLite driver closes the better-sqlite3 handle too.
      await db.destroy();
    },
  };
}

/**
 * Shrinks the connection's page cache to 8 MiB and turns memory-mapped reads off. For processes that
 * stream writes rather than search (an eval run of 100,000 samples): they never reread a page, so a
 * 64 MiB cache plus a 256 MiB map only add resident memory (measured: peak RSS 570 → ~400 MB at
 * 100,000 samples, `npm run perf -- eval`).
 */
export function shrinkPageCache(store: Store): void {
  store.sqlite.pragma('cache_size = -8192');
  store.sqlite.pragma('mmap_size = 0');
}
