import type { Embedder } from '../embed/index.ts';
import { getCachedEmbeddings, putEmbeddings, type Store } from '../store/index.ts';

/**
 * Makes sure every image in the catalog has a vector from this embedder. Vectors are cached by
 * (image sha256, embedder id, embedder version), so an unchanged image is never embedded twice, a
 * duplicate image is embedded once, and switching embedders keeps the other embedder's cache.
 */
export interface EmbedProgress {
  start(phase: string, total: number): void;
  tick(done: number): void;
  finish(): void;
}

export interface EmbedCatalogSummary {
  images: number;
  embedded: number;
  cached: number;
  dimensions: number | null;
}

export async function embedCatalog(
  store: Store,
  embedder: Embedder,
  options: { batchSize?: number; progress?: EmbedProgress; signal?: AbortSignal } = {},
): Promise<EmbedCatalogSummary> {
  const batchSize = options.batchSize ?? 32;
  const hashes = store.sqlite
    .prepare<[], { sha256: string }>('SELECT DISTINCT sha256 FROM assets ORDER BY sha256')
    .all()
    .map((row) => row.sha256);
  const cached = getCachedEmbeddings(store, hashes, embedder.id, embedder.version);
  const missing = hashes.filter((hash) => !cached.has(hash));
  let dimensions: number | null = cached.values().next().value?.length ?? null;
  options.progress?.start(`embed (${embedder.id})`, missing.length);
  for (let start = 0; start < missing.length; start += batchSize) {
    options.signal?.throwIfAborted();
    const batch = missing.slice(start, start + batchSize);
    const images = await Promise.all(batch.map((hash) => store.blobs.read(hash)));
    const vectors = await embedder.embedImages(images);
    dimensions = vectors[0]?.length ?? dimensions;
    // Each batch is committed on its own: an interrupted run keeps what it paid for.
    putEmbeddings(
      store,
      batch.map((sha256, index) => ({ sha256, vector: vectors[index]! })),
      embedder.id,
      embedder.version,
    );
    options.progress?.tick(Math.min(missing.length, start + batch.length));
  }
  options.progress?.finish();
  return { images: hashes.length, embedded: missing.length, cached: cached.size, dimensions };
}
