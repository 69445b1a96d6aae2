import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GenerateSummary } from '../../world/index.ts';
import { silentProgress, terminalProgress } from '../progress.ts';

export interface DemoHome {
  world: GenerateSummary;
  home: string;
  indexed: { assets: number; boards: number; vectors: number };
}

/** Generates the demo world and indexes it into a fresh home, as `world generate` + `index` would. */
export async function buildDemoHome(
  options: { out: string; home: string; seed: number; items: number; quiet: boolean },
  signal: AbortSignal,
): Promise<DemoHome> {
  const { generateWorld } = await import('../../world/index.ts');
  const world = await generateWorld(
    {
      seed: options.seed,
      items: options.items,
      outfits: Math.max(10, Math.floor(options.items / 5)),
      boards: Math.max(2, Math.floor(options.items / 30)),
      scenes: 2,
      size: 512,
      sceneSize: 4096,
      boardSize: 20,
      concurrency: 8,
      out: options.out,
      force: true,
    },
    options.quiet ? silentProgress : terminalProgress(),
    signal,
  );
  const [{ createEmbedder }, search, { openStore }] = await Promise.all([
    import('../../embed/index.ts'),
    import('../../search/index.ts'),
    import('../../store/index.ts'),
  ]);
  const home = resolve(options.home);
  await rm(home, { recursive: true, force: true });
  const store = await openStore(home);
  const embedder = await createEmbedder('classic');
  try {
    const ingest = await search.ingestSource(store, world.out, { signal });
    const boards = await search.ingestBoards(store, world.out);
    const built = await search.buildCatalogIndex(store, embedder, 'classic', { signal });
    return { world, home, indexed: { assets: ingest.counts.added, boards, vectors: built.vectors } };
  } finally {
    await store.close();
    await embedder.close();
  }
}
