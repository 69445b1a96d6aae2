/**
 * Embedders: turn images (and, with a text tower, text) into L2-normalised vectors for search.
 * Chosen by a spec string; see createEmbedder.
 */
export { CLASSIC_DIMENSIONS, CLASSIC_VERSION, classicDescriptor } from './classic/classic-descriptor.ts';
export { createEmbedder } from './create-embedder.ts';
export { EmbedError, type EmbedErrorCode, isEmbedError } from './embed-error.ts';
export type { Embedder } from './embedder.ts';
export { CLIP_DTYPES, type ClipDtype, type EmbedderOptions } from './embedder-options.ts';
export {
  type EmbedderSpec,
  parseEmbedderSpec,
  type SafeParseEmbedderSpecResult,
  safeParseEmbedderSpec,
} from './embedder-spec.ts';
