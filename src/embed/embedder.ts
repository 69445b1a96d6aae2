/**
 * One interface for every way of turning images (and, where the model has a text tower, text) into
 * vectors. Chosen by a spec string: `classic`, `clip:MODEL` (Hugging Face id or local folder),
 * `remote:URL#MODEL` (an OpenAI-compatible /v1/embeddings endpoint).
 */
export interface Embedder {
  /** Stable identity derived from the spec, e.g. `classic`, `clip:Xenova/clip-vit-base-patch32`. */
  readonly id: string;
  /**
   * Changes whenever the same input would give a different vector (new descriptor layout, new
   * preprocessing). Part of the embedding cache key together with the image hash and the id.
   */
  readonly version: string;
  /** Whether `embedTexts` works; `classic` has no text tower and leaves text to full-text search. */
  readonly supportsText: boolean;
  /** Vectors are L2-normalised, so the inner product is the cosine similarity. */
  embedImages(images: readonly Buffer[]): Promise<Float32Array[]>;
  embedTexts(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}
