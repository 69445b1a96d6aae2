/** Options for createEmbedder. Each embedder reads the ones that concern it and ignores the rest. */
export interface EmbedderOptions {
  /**
   * clip: never contact a model hub; every file must already be on disk. Defaults to true when
   * ATELIER_OFFLINE=1 or when the model is a local folder.
   */
  offline?: boolean;
  /**
   * clip: where Hugging Face ids are looked up on disk in offline mode (`<modelsDir>/<owner>/<name>/`).
   * Defaults to ATELIER_MODELS_DIR, then the transformers.js download cache.
   */
  modelsDir?: string;
  /** clip: which ONNX weights to load (`fp32` → onnx/vision_model.onnx, `q8` → …_quantized.onnx). */
  dtype?: ClipDtype;
  /** clip and remote: how many inputs go into one model call or HTTP request. */
  batchSize?: number;
  /** remote: Bearer token; defaults to ATELIER_EMBED_API_KEY. Never logged nor put into errors. */
  apiKey?: string;
  /** remote: milliseconds one HTTP request may take before it is abandoned (default 60 000). */
  timeoutMs?: number;
  /** remote: retries after a 429, a 5xx, a timeout or a refused connection (default 4). */
  maxRetries?: number;
  /** remote: the first retry delay in milliseconds, doubled on each retry (default 500). */
  retryBaseDelayMs?: number;
  /** remote: no wait between retries is longer than this, Retry-After included (default 30 000). */
  maxRetryDelayMs?: number;
  /** Environment variables to read instead of process.env (for embedding Atelier, and for tests). */
  env?: Readonly<Record<string, string | undefined>>;
}

export const CLIP_DTYPES = ['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'q4f16', 'bnb4'] as const;
export type ClipDtype = (typeof CLIP_DTYPES)[number];
