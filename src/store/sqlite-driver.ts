import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The better-sqlite3 build this Node.js can run. Version 12 (a node::ObjectWrap addon) aborts the
 * process on Node.js 24.19 and later whenever a garbage-collected statement is finalised outside a
 * JavaScript context ("Assertion failed: (env) != nullptr" in RemoveEnvironmentCleanupHook);
 * version 13 (Node-API) fixes that but needs Node.js 22 and segfaults on 20. So the package carries
 * both: 12 as a dependency, 13 as an optional one that npm installs only where Node.js is 22 or
 * later, and this picks 13 when it is there.
 */
export type SqliteConstructor = typeof BetterSqlite3;

const require = createRequire(import.meta.url);
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

function load(): { constructor: SqliteConstructor; build: string } {
  if (NODE_MAJOR >= 22) {
    try {
      return { constructor: require('better-sqlite3-v13') as SqliteConstructor, build: 'better-sqlite3 13' };
    } catch {
      // Not installed (an install made on Node.js 20 and then run on a newer one): use 12 below.
    }
  }
  return { constructor: require('better-sqlite3') as SqliteConstructor, build: 'better-sqlite3 12' };
}

const loaded = load();

/** The Database class to open SQLite files with (the better-sqlite3 API, whichever build). */
export const SqliteDatabase: SqliteConstructor = loaded.constructor;

/** Which build was loaded, for error messages and `--debug` output. */
export const SQLITE_BUILD: string = loaded.build;
