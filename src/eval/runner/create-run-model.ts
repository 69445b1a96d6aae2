import { type ChatModel, createModel, createTextOnlyModel } from '../../models/index.ts';
import type { Store } from '../../store/index.ts';
import { createEmbedKnnModel } from '../baselines/index.ts';

export interface CreateRunModelOptions {
  /** Holds the request cache (and the embeddings the embed-knn baseline reads). */
  store: Store;
  /** A model config file (default ./atelier.config.yaml when present). */
  configPath?: string;
  /** Seed of the random baseline. */
  seed?: number;
  /**
   * Requests in flight at once (`--concurrency`): the endpoint's limiter starts and tops out here
   * instead of the config's { initial: 4, max: 16 }, and still halves when the server answers 429.
   */
  concurrency?: number;
}

const EMBED_KNN = 'embed-knn:';
const TEXT_ONLY = 'text-only:';

/**
 * The model a run calls: every spec createModel knows (with the store's request cache), plus the
 * evaluation-only `embed-knn:EMBEDDER` baseline, blinded or not.
 */
export async function createRunModel(spec: string, options: CreateRunModelOptions): Promise<ChatModel> {
  const text = spec.trim();
  if (text.startsWith(TEXT_ONLY) && text.slice(TEXT_ONLY.length).trim().startsWith(EMBED_KNN)) {
    return createTextOnlyModel(await createRunModel(text.slice(TEXT_ONLY.length), options));
  }
  if (text.startsWith(EMBED_KNN)) return createEmbedKnnModel(text, { store: options.store });
  return createModel(text, {
    store: options.store,
    ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.concurrency !== undefined
      ? { overrides: { concurrency: { initial: options.concurrency, max: options.concurrency } } }
      : {}),
  });
}
