import { resolve } from 'node:path';
import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface DemoFlags extends GlobalOptions {
  out: string;
  home: string;
  seed: number;
  items: number;
  /** false with --no-serve: end after printing instead of serving the web app. */
  serve: boolean;
  port: number;
}

/**
 * The main job of a fresh checkout, everything offline on embedded defaults: build a small world,
 * index it, search it, and let the assistant answer through its tools. Each stage lives in
 * ../demo/ and prints what it made and where.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Run the offline demo: generate a small world, index and search it, ask the assistant, run every suite with the baselines, then serve the web app over it.',
    )
    .option('--out <dir>', 'where to write the demo world (replaced on each run)', '.atelier/demo/world')
    .option('--home <dir>', 'Atelier home for the demo index (replaced on each run)', '.atelier/demo/home')
    .option('--seed <n>', 'world seed', integerOption('--seed'), 7)
    .option('--items <n>', 'catalog size', integerOption('--items'), 300)
    .option(
      '--port <n>',
      'port of the web app served at the end (a free one if taken)',
      integerOption('--port'),
      7860,
    )
    .option('--no-serve', 'end after printing instead of serving the web app')
    .option('--json', 'print a JSON summary instead of text (and do not serve)')
    .option('--debug', 'print stack traces on error')
    .action(
      runCommand<DemoFlags>(async (flags, signal) => {
        const [
          { buildDemoHome },
          { demoSearches, formatSearches },
          { demoAssistant, formatConversations },
          { demoEval },
          { demoServe },
        ] = await Promise.all([
          import('../demo/build-demo-home.ts'),
          import('../demo/demo-searches.ts'),
          import('../demo/demo-assistant.ts'),
          import('../demo/demo-eval.ts'),
          import('../demo/demo-serve.ts'),
        ]);
        const { world, home, indexed } = await buildDemoHome(
          {
            out: flags.out,
            home: flags.home,
            seed: flags.seed,
            items: flags.items,
            quiet: Boolean(flags.json),
          },
          signal,
        );
        const searches = await demoSearches(home);
        const conversations = await demoAssistant(home, signal);
        if (!flags.json) process.stderr.write('running every suite with the offline baselines:\n');
        const evaluation = await demoEval(
          home,
          signal,
          flags.json ? undefined : (line) => process.stderr.write(`${line}\n`),
        );
        if (flags.json) {
          printJson({
            ok: true,
            world,
            index: { home, ...indexed },
            searches,
            assistant: conversations,
            eval: { runs: evaluation.runIds },
          });
          return;
        }
        const { counts } = world;
        const where = resolve(world.out);
        process.stdout.write(
          [
            'Atelier demo — procedural fashion world (offline, seeded)',
            '',
            `generated in ${world.seconds}s with seed ${world.seed}:`,
            `  ${counts.items} catalog items with product images    ${where}/catalog.jsonl`,
            `  ${counts.outfits} outfits: ${counts.compatibleOutfits} compatible, ${counts.incompatibleOutfits} breaking a named rule    ${where}/outfits.jsonl`,
            `  ${counts.boards} user boards with a latent taste    ${where}/boards.jsonl`,
            `  ${counts.scenes} detail scenes at 4096 px with ${counts.sceneObjects} labelled objects    ${where}/scenes.jsonl`,
            `  ${counts.images} PNG images    ${where}/images/`,
            '',
            `indexed into ${home}: ${indexed.assets} assets, ${indexed.vectors} vectors (classic embedder, offline), ${indexed.boards} boards`,
            '',
            ...formatSearches(searches),
            '',
            ...formatConversations(conversations, flags.home),
            evaluation.markdown.replace(
              /^# Atelier evaluation report/,
              'Leaderboard (offline baselines only; no model weights on this machine)',
            ),
            `report: atelier report --all --home ${flags.home} --out report.html`,
            '',
            `Next: atelier search "navy blazer" --home ${flags.home}`,
            `      atelier chat "find a navy skirt under $60" --home ${flags.home}`,
            '      atelier world render --prompt "navy pinstripe blazer with two gold buttons" --out blazer.png',
            `      atelier serve --home ${flags.home}`,
            '',
          ].join('\n'),
        );
        if (flags.serve) await demoServe(flags.home, flags.port, signal);
      }),
    );
}
