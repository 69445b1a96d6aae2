import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedder } from '../../embed/index.ts';
import {
  buildCatalogIndex,
  ingestBoards,
  ingestSource,
  openSearchEngine,
  type SearchEngine,
} from '../../search/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { generateWorld } from '../../world/index.ts';

export interface TestWorld {
  scratch: string;
  home: string;
  store: Store;
  /** Present when the world was indexed; its store is `store`. */
  engine?: SearchEngine;
  close(): Promise<void>;
}

/**
 * A small generated world ingested into a store in a temporary folder, with boards, and indexed
 * with the classic embedder (no weights) when `index` is set. Built once per test file.
 */
export async function createTestWorld(options: { index: boolean; items?: number }): Promise<TestWorld> {
  const scratch = mkdtempSync(join(tmpdir(), 'atelier-tools-'));
  const home = join(scratch, 'home');
  const world = await generateWorld({
    seed: 11,
    items: options.items ?? 60,
    outfits: 0,
    boards: 3,
    scenes: 0,
    size: 128,
    sceneSize: 1024,
    boardSize: 6,
    concurrency: 2,
    out: join(scratch, 'world'),
    force: false,
  });
  let store = await openStore(home);
  await ingestSource(store, world.out, { concurrency: 2 });
  await ingestBoards(store, world.out);
  let engine: SearchEngine | undefined;
  if (options.index) {
    await buildCatalogIndex(store, await createEmbedder('classic'), 'classic');
    await store.close();
    engine = await openSearchEngine({ home });
    store = engine.store;
  }
  return {
    scratch,
    home,
    store,
    ...(engine ? { engine } : {}),
    async close() {
      if (engine) await engine.close();
      else await store.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
