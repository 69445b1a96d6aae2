import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { silentProgress, terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

interface WorldGenerateFlags extends GlobalOptions {
  seed: number;
  items: number;
  outfits?: number;
  boards?: number;
  scenes?: number;
  size: number;
  sceneSize: number;
  boardSize: number;
  concurrency: number;
  out: string;
  force?: boolean;
}

export function registerWorldGenerate(world: Command): void {
  world
    .command('generate')
    .description('Generate a seeded fashion world: catalog, outfits, boards, detail scenes and their images.')
    .requiredOption('--out <dir>', 'folder to write (written to a temporary folder, then renamed)')
    .option(
      '--seed <n>',
      'random seed; the same seed and options give byte-identical output',
      integerOption('--seed'),
      1,
    )
    .option('--items <n>', 'catalog items (one 512-px product image each)', integerOption('--items'), 200)
    .option(
      '--outfits <n>',
      'outfits, 60% compatible and 40% breaking a named rule (default items/10)',
      integerOption('--outfits'),
    )
    .option('--boards <n>', 'user boards with a latent taste (default items/50)', integerOption('--boards'))
    .option('--scenes <n>', 'high-resolution detail scenes (default up to 4)', integerOption('--scenes'))
    .option('--size <px>', 'side of product and outfit images', integerOption('--size'), 512)
    .option('--scene-size <px>', 'side of detail scenes', integerOption('--scene-size'), 4096)
    .option('--board-size <n>', 'items saved per board', integerOption('--board-size'), 20)
    .option('--concurrency <n>', 'images rendered at once', integerOption('--concurrency'), 8)
    .option('--force', 'replace --out if it exists and is not empty')
    .option('--json', 'print a JSON summary instead of text')
    .option('--debug', 'print stack traces on error')
    .action(
      runCommand<WorldGenerateFlags>(async (flags, signal) => {
        const { defaultCounts, generateWorld } = await import('../../world/index.ts');
        const defaults = defaultCounts(flags.items);
        const summary = await generateWorld(
          {
            seed: flags.seed,
            items: flags.items,
            outfits: flags.outfits ?? defaults.outfits,
            boards: flags.boards ?? defaults.boards,
            scenes: flags.scenes ?? defaults.scenes,
            size: flags.size,
            sceneSize: flags.sceneSize,
            boardSize: flags.boardSize,
            concurrency: flags.concurrency,
            out: flags.out,
            force: flags.force ?? false,
          },
          flags.json ? silentProgress : terminalProgress(),
          signal,
        );
        if (flags.json) {
          printJson({ ok: true, ...summary });
          return;
        }
        const { counts } = summary;
        process.stdout.write(
          [
            `world written to ${summary.out} (seed ${summary.seed}, ${summary.seconds}s)`,
            `  catalog.jsonl  ${counts.items} items`,
            `  outfits.jsonl  ${counts.outfits} outfits (${counts.compatibleOutfits} compatible, ${counts.incompatibleOutfits} breaking a rule)`,
            `  boards.jsonl   ${counts.boards} user boards`,
            `  scenes.jsonl   ${counts.scenes} detail scenes with ${counts.sceneObjects} objects`,
            `  images/        ${counts.images} PNG images`,
            '',
          ].join('\n'),
        );
      }),
    );
}
