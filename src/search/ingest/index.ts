export {
  DEFAULT_DUPLICATE_COLOR_DIFFERENCE,
  DEFAULT_DUPLICATE_THRESHOLD,
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
} from './ingest-options.ts';
export { ingestSource } from './ingest-source.ts';
export type { DuplicatePair } from './near-duplicates.ts';
export { hammingDistance } from './perceptual-hash.ts';
export type { SkippedItem } from './source-record.ts';
