export { AdaptiveVectorIndex, type AdaptiveVectorIndexOptions } from './adaptive-vector-index.ts';
export { ClusteredDistribution, type ClusteredDistributionOptions } from './clustered-vectors.ts';
export { isVectorIndexError, VectorIndexError, type VectorIndexErrorReason } from './errors.ts';
export { ExactVectorIndex } from './exact-vector-index.ts';
export {
  DEFAULT_HNSW_SETTINGS,
  defaultBuildThreads,
  type HnswQuantization,
  type HnswSettings,
} from './hnsw-settings.ts';
export { type HnswLoadOptions, HnswVectorIndex, type HnswVectorIndexOptions } from './hnsw-vector-index.ts';
export { type IndexManifest, type ManifestExpectations, readManifest } from './index-manifest.ts';
export { chooseSearchStrategy, EXACT_SEARCH_MAX_SIZE, type SearchStrategy } from './search-strategy.ts';
