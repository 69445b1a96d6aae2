import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedder } from '../../embed/index.ts';
import { getSuite, runEval } from '../../eval/index.ts';
import { type ChatModel, createOracleModel, createRandomModel } from '../../models/index.ts';
import {
  buildCatalogIndex,
  ingestBoards,
  ingestSource,
  openSearchEngine,
  type SearchEngine,
} from '../../search/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { generateWorld } from '../../world/index.ts';

export interface ServerTestHome {
  scratch: string;
  home: string;
  store: Store;
  /** Present when the catalog was indexed; its store is `store`. */
  engine?: SearchEngine;
  close(): Promise<void>;
}

/**
 * A small generated world ingested into a store in a temporary folder, with boards, indexed with
 * the classic embedder (no weights) when `index` is set. Built once per test file.
 */
export async function createServerTestHome(options: {
  index: boolean;
  items?: number;
}): Promise<ServerTestHome> {
  const scratch = mkdtempSync(join(tmpdir(), 'atelier-server-'));
  const home = join(scratch, 'home');
  const world = await generateWorld({
    seed: 11,
    items: options.items ?? 48,
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

/** Two real runs of the perception suite (12 samples at 128 px): the oracle and the random baseline. */
export async function createTestRuns(store: Store): Promise<{ oracle: string; random: string }> {
  const suite = getSuite('perception');
  const run = async (model: ChatModel) =>
    (
      await runEval({
        store,
        suite,
        context: { store, seed: 0, limit: 12, options: { resolution: 128 } },
        model,
        concurrency: 2,
      })
    ).run.id;
  const oracle = await run(createOracleModel());
  const random = await run(createRandomModel({ seed: 1 }));
  return { oracle, random };
}
