import { resolve } from 'node:path';
import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { silentProgress, terminalProgress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

interface DemoFlags extends GlobalOptions {
  out: string;
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
    .description('Run the offline demo: generate a small fashion world and summarise it.')
    .option('--out <dir>', 'where to write the demo world (replaced on each run)', '.atelier/demo/world')
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
        if (flags.json) {
          printJson({ ok: true, world: summary });
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
            'Next: atelier world render --prompt "navy pinstripe blazer with two gold buttons" --out blazer.png',
            '',
          ].join('\n'),
        );
      }),
    );
}
