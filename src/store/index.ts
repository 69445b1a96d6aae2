export { type BlobStore, sha256Hex } from './blob-store.ts';
export {
  decodeVector,
  type EmbeddingEntry,
  encodeVector,
  getCachedEmbeddings,
  putEmbeddings,
} from './embedding-cache.ts';
export { DATABASE_FILE, openStore, type Store, shrinkPageCache } from './open-store.ts';
export { resolveHome } from './resolve-home.ts';
export type {
  AssetsFtsTable,
  AssetsTable,
  Database,
  EmbeddingsTable,
  EvalResultsTable,
  EvalRunsTable,
  GeneratedImagesTable,
  ModelCacheTable,
  TraceEventsTable,
  TracesTable,
} from './schema.ts';
export { SQLITE_BUILD, type SqliteConstructor, SqliteDatabase } from './sqlite-driver.ts';
