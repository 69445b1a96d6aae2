import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { silentProgress, terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

interface DemoFlags extends GlobalOptions {
  out: string;
  home: string;
  seed: number;
  items: number;
}

/**
 * The main job of a fresh checkout: everything offline, on embedded defaults. For now it builds a
 * small world and says what it made and where; later stages (index, eval, serve) extend it.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Run the offline demo: generate a small fashion world, index it and search it.')
    .option('--out <dir>', 'where to write the demo world (replaced on each run)', '.atelier/demo/world')
    .option('--home <dir>', 'Atelier home for the demo index (replaced on each run)', '.atelier/demo/home')
    .option('--seed <n>', 'world seed', integerOption('--seed'), 7)
    .option('--items <n>', 'catalog size', integerOption('--items'), 300)
    .option('--json', 'print a JSON summary instead of text')
    .option('--debug', 'print stack traces on error')
    .action(
      runCommand<DemoFlags>(async (flags, signal) => {
        const { generateWorld } = await import('../../world/index.ts');
        const summary = await generateWorld(
          {
            seed: flags.seed,
            items: flags.items,
            outfits: Math.max(10, Math.floor(flags.items / 5)),
            boards: Math.max(2, Math.floor(flags.items / 30)),
            scenes: 2,
            size: 512,
            sceneSize: 4096,
            boardSize: 20,
            concurrency: 8,
            out: flags.out,
            force: true,
          },
          flags.json ? silentProgress : terminalProgress(),
          signal,
        );
        // Index the world and ask it a few questions, as a user would after `atelier index`.
        const [{ createEmbedder }, search, { openStore }] = await Promise.all([
          import('../../embed/index.ts'),
          import('../../search/index.ts'),
          import('../../store/index.ts'),
        ]);
        await rm(flags.home, { recursive: true, force: true });
        const store = await openStore(resolve(flags.home));
        const embedder = await createEmbedder('classic');
        let indexed: { assets: number; boards: number; vectors: number };
        try {
          const ingest = await search.ingestSource(store, summary.out, { signal });
          const boards = await search.ingestBoards(store, summary.out);
          const built = await search.buildCatalogIndex(store, embedder, 'classic', { signal });
          indexed = { assets: ingest.counts.added, boards, vectors: built.vectors };
        } finally {
          await store.close();
          await embedder.close();
        }
        const engine = await search.openSearchEngine({ home: resolve(flags.home) });
        const queries = [
          {
            label: '"red striped skirt" under $120',
            request: { text: 'red striped skirt', filters: ['price<120'], k: 3 },
          },
          { label: 'similar to item-000001', request: { images: [{ assetId: 'item-000001' }], k: 3 } },
          { label: "user-0001's board", request: { board: 'user-0001', k: 3 } },
        ];
        const answers: { label: string; results: { id: string; title: string | null; why: string[] }[] }[] =
          [];
        try {
          for (const { label, request } of queries) {
            const response = await engine.search(request);
            answers.push({
              label,
              results: response.results.map(({ id, title, why }) => ({ id, title, why })),
            });
          }
        } finally {
          await engine.close();
        }
        if (flags.json) {
          printJson({
            ok: true,
            world: summary,
            index: { home: resolve(flags.home), ...indexed },
            searches: answers,
          });
          return;
        }
        const { counts } = summary;
        const where = resolve(summary.out);
        process.stdout.write(
          [
            'Atelier demo — procedural fashion world (offline, seeded)',
            '',
            `generated in ${summary.seconds}s with seed ${summary.seed}:`,
            `  ${counts.items} catalog items with product images    ${where}/catalog.jsonl`,
            `  ${counts.outfits} outfits: ${counts.compatibleOutfits} compatible, ${counts.incompatibleOutfits} breaking a named rule    ${where}/outfits.jsonl`,
            `  ${counts.boards} user boards with a latent taste    ${where}/boards.jsonl`,
            `  ${counts.scenes} detail scenes at 4096 px with ${counts.sceneObjects} labelled objects    ${where}/scenes.jsonl`,
            `  ${counts.images} PNG images    ${where}/images/`,
            '',
            `indexed into ${resolve(flags.home)}: ${indexed.assets} assets, ${indexed.vectors} vectors (classic embedder, offline), ${indexed.boards} boards`,
            '',
            ...answers.flatMap(({ label, results }) => [
              `search ${label}:`,
              ...results.map(
                (result, index) =>
                  `  ${index + 1}. ${result.id}  ${result.title ?? ''}  — ${result.why.join('; ')}`,
              ),
            ]),
            '',
            `Next: atelier search "navy blazer" --home ${flags.home}`,
            '      atelier world render --prompt "navy pinstripe blazer with two gold buttons" --out blazer.png',
            '',
          ].join('\n'),
        );
      }),
    );
}
