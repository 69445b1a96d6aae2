import type { Generated } from 'kysely';

/**
 * Kysely table types for the SQLite store. Column names are snake_case as in SQL; JSON columns are
 * TEXT holding JSON (parse them at the edge with zod, never trust them blindly).
 */
export interface AssetsTable {
  /**
   * Integer key handed to the vector index. AUTOINCREMENT so a deleted asset's key is never given to
   * a new one, which would otherwise silently inherit the old vector.
   */
  key: Generated<number>;
  /** Stable id from the source (catalog id, metadata id or relative path). */
  id: string;
  /** SHA-256 of the normalised stored image; also its blob name and the embedding cache key. */
  sha256: string;
  /** SHA-256 of the bytes as found in the source, so a re-ingest can skip decoding unchanged files. */
  source_sha256: string | null;
  /** Path relative to the ingested folder, or the http(s) URL it was downloaded from. */
  source: string;
  width: number | null;
  height: number | null;
  title: string | null;
  description: string | null;
  caption: string | null;
  /** JSON array of strings. */
  tags: string | null;
  category: string | null;
  price: number | null;
  /** JSON object holding every field of the source record; filters read it with json_extract. */
  metadata: string;
  /** 64-bit perceptual hash as 16 lowercase hex characters. */
  phash: string | null;
  /** 4×4 average sRGB colours as 96 hex characters; the colour half of near-duplicate detection. */
  color_grid: string | null;
  thumbnail_sha256: string | null;
  /** ISO-8601 time of the last insert or content change. */
  updated_at: string | null;
}

/**
 * Full-text index over assets, keyed by rowid = assets.key and kept in step by triggers (see
 * migrations/0002-assets-fts.ts). Read-only for application code.
 */
export interface AssetsFtsTable {
  rowid: number;
  title: string | null;
  caption: string | null;
  description: string | null;
  tags: string | null;
  category: string | null;
  colors: string | null;
}

export interface EmbeddingsTable {
  sha256: string;
  embedder_id: string;
  embedder_version: string;
  dimensions: number;
  /** Float32 little-endian, `dimensions * 4` bytes. */
  vector: Uint8Array;
  created_at: string;
}

export interface BoardsTable {
  user_id: string;
  /** JSON array of asset ids. */
  item_ids: string;
  /** JSON archetype mixture, or null. */
  taste: string | null;
  source: string;
  updated_at: string;
}

export interface ModelCacheTable {
  key: string;
  model: string;
  /** JSON ChatResponse. */
  response: string;
  created_at: string;
  hits: Generated<number>;
}

export interface TracesTable {
  id: string;
  created_at: string;
  model: string;
  model_kind: string;
  status: string;
  stop_reason: string | null;
  steps: Generated<number>;
  input_tokens: Generated<number>;
  output_tokens: Generated<number>;
  latency_ms: Generated<number>;
  /** JSON: opening messages (images as blob hashes), tool names, call options. */
  request: string;
  answer: string | null;
  error: string | null;
}

export interface TraceEventsTable {
  trace_id: string;
  seq: number;
  step: number;
  kind: string;
  /** JSON event payload. */
  payload: string;
}

export interface GeneratedImagesTable {
  id: Generated<number>;
  sha256: string;
  prompt: string;
  seed: number;
  backend: string;
  width: number;
  height: number;
  /** JSON backend settings and report. */
  parameters: string;
  created_at: string;
}

export interface EvalRunsTable {
  id: string;
  created_at: string;
  updated_at: string;
  suite: string;
  /** JSON suite configuration. */
  suite_config: string;
  model: string;
  model_kind: string;
  model_label: string;
  status: string;
  total: number;
  /** JSON settings. */
  settings: string;
}

export interface EvalResultsTable {
  run_id: string;
  sample_id: string;
  position: number;
  status: string;
  sample: string;
  output: string | null;
  error: string | null;
  score: string | null;
  outcome: string | null;
  value: number | null;
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  created_at: string;
  scored_at: string | null;
}

export interface Database {
  eval_runs: EvalRunsTable;
  eval_results: EvalResultsTable;
  model_cache: ModelCacheTable;
  traces: TracesTable;
  trace_events: TraceEventsTable;
  generated_images: GeneratedImagesTable;
  boards: BoardsTable;
  assets: AssetsTable;
  assets_fts: AssetsFtsTable;
  embeddings: EmbeddingsTable;
}
