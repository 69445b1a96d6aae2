export {
  type BuildIndexSummary,
  buildCatalogIndex,
  type IndexState,
  readIndexState,
} from './catalog-index.ts';
export { type EmbedCatalogSummary, embedCatalog } from './embed-catalog.ts';
export { type Filter, filterSchema, parseFilter } from './filters.ts';
export { type IngestOptions, type IngestSummary, ingestSource } from './ingest/index.ts';
export { ingestBoards } from './ingest-boards.ts';
export { type OpenSearchOptions, openSearchEngine, type SearchEngine } from './search-engine.ts';
export {
  type ImageInput,
  type SearchRequest,
  type SearchResponse,
  type SearchResult,
  searchRequestSchema,
} from './search-request.ts';
