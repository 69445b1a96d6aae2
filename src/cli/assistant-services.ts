import { openSearchEngine, readIndexState, type SearchEngine } from '../search/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createAssistantTools, createImageGenerator, type Tool } from '../tools/index.ts';

export interface AssistantServices {
  store: Store;
  /** Absent when no catalog has been indexed in the home folder: chat works without search. */
  search: SearchEngine | undefined;
  tools: Tool[];
  close(): Promise<void>;
}

/** The store, the catalog's search engine when one is indexed, and the tools over them. */
export async function openAssistantServices(
  home: string,
  generatorSpec = 'world',
): Promise<AssistantServices> {
  // No index at all means chat without search; an index that cannot be opened is an error to show.
  const search: SearchEngine | undefined = (await readIndexState(home))
    ? await openSearchEngine({ home })
    : undefined;
  // The search engine already holds the store open; a second connection would only add locking.
  const store = search?.store ?? (await openStore(home));
  try {
    const tools = createAssistantTools({
      store,
      generator: createImageGenerator(generatorSpec),
      ...(search ? { search } : {}),
    });
    return {
      store,
      search,
      tools,
      close: async () => {
        if (search) await search.close();
        else await store.close();
      },
    };
  } catch (error) {
    if (search) await search.close();
    else await store.close();
    throw error;
  }
}
