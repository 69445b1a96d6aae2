import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { Embedder } from '../embed/index.ts';
import { getCachedEmbeddings, type Store } from '../store/index.ts';
import { type EmbedProgress, embedCatalog } from './embed-catalog.ts';
import { AdaptiveVectorIndex } from './vector-index/index.ts';

/**
 * The vector index of a home folder: one active embedder, its vectors in `vectors/<embedder>.index`,
 * and `vectors/state.json` saying which embedder built it from which catalog. Searches read the state
 * to embed queries with the same model that embedded the catalog.
 */
export const indexStateSchema = z.object({
  embedder: z.string(),
  embedderId: z.string(),
  embedderVersion: z.string(),
  dimensions: z.number().int().positive(),
  vectors: z.number().int().nonnegative(),
  /** sha256 over the sorted (key, image sha256) pairs: equal fingerprints mean nothing to rebuild. */
  fingerprint: z.string(),
  file: z.string(),
});
export type IndexState = z.infer<typeof indexStateSchema>;

const STATE_FILE = join('vectors', 'state.json');

export function indexFileName(embedderId: string): string {
  return `${embedderId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}-${createHash('sha256').update(embedderId).digest('hex').slice(0, 8)}.index`;
}

export async function readIndexState(home: string): Promise<IndexState | undefined> {
  let text: string;
  try {
    text = await readFile(join(home, STATE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = indexStateSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new AtelierError('INDEX_MISSING', `${join(home, STATE_FILE)} is not a valid index state`, {
      hint: 'Run "atelier index SOURCE" again to rebuild the vector index.',
    });
  }
  return parsed.data;
}

async function writeIndexState(home: string, state: IndexState): Promise<void> {
  const path = join(home, STATE_FILE);
  await writeFile(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

export interface BuildIndexSummary {
  embedded: number;
  cached: number;
  vectors: number;
  dimensions: number | null;
  rebuilt: boolean;
}

export async function buildCatalogIndex(
  store: Store,
  embedder: Embedder,
  spec: string,
  options: { progress?: EmbedProgress; signal?: AbortSignal } = {},
): Promise<BuildIndexSummary> {
  const embedded = await embedCatalog(store, embedder, options);
  const rows = store.sqlite
    .prepare<[], { key: number; sha256: string }>('SELECT key, sha256 FROM assets ORDER BY key')
    .all();
  const fingerprint = createHash('sha256')
    .update(`${embedder.id}\n${embedder.version}\n`)
    .update(rows.map((row) => `${row.key}:${row.sha256}`).join('\n'))
    .digest('hex');
  const previous = await readIndexState(store.home);
  if (previous && previous.fingerprint === fingerprint) {
    return { ...embedded, vectors: previous.vectors, dimensions: previous.dimensions, rebuilt: false };
  }
  if (rows.length === 0 || embedded.dimensions === null) {
    return { ...embedded, vectors: 0, rebuilt: false };
  }
  const vectors = getCachedEmbeddings(
    store,
    rows.map((row) => row.sha256),
    embedder.id,
    embedder.version,
  );
  const index = AdaptiveVectorIndex.create(embedded.dimensions);
  const keys: number[] = [];
  const list: Float32Array[] = [];
  for (const row of rows) {
    const vector = vectors.get(row.sha256);
    if (!vector) continue;
    keys.push(row.key);
    list.push(vector);
  }
  options.progress?.start('build vector index', 1);
  index.upsert(keys, list);
  const file = join('vectors', indexFileName(embedder.id));
  await mkdir(join(store.home, 'vectors'), { recursive: true });
  await index.save(join(store.home, file));
  options.progress?.tick(1);
  options.progress?.finish();
  await writeIndexState(store.home, {
    embedder: spec,
    embedderId: embedder.id,
    embedderVersion: embedder.version,
    dimensions: embedded.dimensions,
    vectors: keys.length,
    fingerprint,
    file,
  });
  return { ...embedded, vectors: keys.length, rebuilt: true };
}

export async function loadCatalogIndex(home: string, state: IndexState): Promise<AdaptiveVectorIndex> {
  try {
    // Dimensions from the state: an index file written for another model is refused, not misread.
    return await AdaptiveVectorIndex.load(join(home, state.file), { dimensions: state.dimensions });
  } catch (error) {
    throw new AtelierError(
      'INDEX_MISSING',
      `cannot load the vector index ${state.file}: ${(error as Error).message}`,
      {
        hint: 'Run "atelier index SOURCE" again to rebuild it.',
        cause: error,
      },
    );
  }
}
