import { AtelierError } from '../core/index.ts';
import { createEmbedder, type Embedder } from '../embed/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { loadCatalogIndex, readIndexState } from './catalog-index.ts';
import { searchCatalog } from './search-catalog.ts';
import type { SearchRequest, SearchResponse } from './search-request.ts';
import type { AdaptiveVectorIndex } from './vector-index/index.ts';

/** The query API over one home folder: what the library, the CLI and POST /api/search all call. */
export interface SearchEngine {
  readonly store: Store;
  readonly embedder: Embedder;
  search(request: SearchRequest): Promise<SearchResponse>;
  close(): Promise<void>;
}

export interface OpenSearchOptions {
  home: string;
  /** Overrides the embedder recorded at index time; it must be the same model. */
  embedder?: string;
}

export async function openSearchEngine(options: OpenSearchOptions): Promise<SearchEngine> {
  const state = await readIndexState(options.home);
  if (!state) {
    throw new AtelierError('INDEX_MISSING', `no catalog has been indexed in ${options.home}`, {
      hint: `Run "atelier index SOURCE --home ${options.home}" first.`,
    });
  }
  const embedder = await createEmbedder(options.embedder ?? state.embedder);
  if (embedder.id !== state.embedderId || embedder.version !== state.embedderVersion) {
    await embedder.close();
    throw new AtelierError(
      'INDEX_MISSING',
      `the catalog was indexed with ${state.embedderId} (${state.embedderVersion}), not ${embedder.id} (${embedder.version})`,
      {
        hint: options.embedder
          ? `Search without --embedder, or run "atelier index SOURCE --embedder ${options.embedder}" first.`
          : `This Atelier computes ${embedder.id} differently; run "atelier index SOURCE --home ${options.home}" again to re-index.`,
      },
    );
  }
  const store = await openStore(options.home);
  let index: AdaptiveVectorIndex;
  try {
    index = await loadCatalogIndex(options.home, state);
  } catch (error) {
    await store.close();
    await embedder.close();
    throw error;
  }
  const boardQuery = store.sqlite.prepare<[string], { item_ids: string }>(
    'SELECT item_ids FROM boards WHERE user_id = ?',
  );
  return {
    store,
    embedder,
    search: (request) =>
      searchCatalog(
        {
          sqlite: store.sqlite,
          embedder,
          index,
          vectorsByKey(keys) {
            const found = new Map<number, Float32Array>();
            for (const key of keys) {
              const vector = index.vector(key);
              if (vector) found.set(key, vector);
            }
            return found;
          },
          boardItems(userId) {
            const row = boardQuery.get(userId);
            return row ? (JSON.parse(row.item_ids) as string[]) : undefined;
          },
        },
        request,
      ),
    async close() {
      await embedder.close();
      await store.close();
    },
  };
}
