import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface WorldRenderFlags extends GlobalOptions {
  prompt: string;
  out: string;
  seed: number;
  size: number;
}

export function registerWorldRender(world: Command): void {
  world
    .command('render')
    .description('Render a garment from a free-text prompt (the offline text-to-image backend).')
    .requiredOption('--prompt <text>', 'what to draw, e.g. "navy pinstripe blazer with two gold buttons"')
    .requiredOption('--out <file.png>', 'PNG file to write')
    .option('--seed <n>', 'seed for the attributes the prompt leaves open', integerOption('--seed'), 1)
    .option('--size <px>', 'image side in pixels', integerOption('--size'), 512)
    .option('--json', 'print what was understood as JSON')
    .option('--debug', 'print stack traces on error')
    .action(
      runCommand<WorldRenderFlags>(async (flags) => {
        const { renderPrompt } = await import('../../world/index.ts');
        const result = await renderPrompt(flags);
        if (flags.json) {
          printJson({ ok: true, ...result });
          return;
        }
        const lines = [`wrote ${result.out}`, 'understood:'];
        for (const { phrase, meaning } of result.understood) lines.push(`  "${phrase}" → ${meaning}`);
        lines.push(`ignored: ${result.ignored.length > 0 ? result.ignored.join(', ') : '(nothing)'}`);
        if (result.dropped.length > 0)
          lines.push(`dropped (impossible for a ${result.item.category}): ${result.dropped.join(', ')}`);
        lines.push(`drawn: ${result.caption}`, '');
        process.stdout.write(lines.join('\n'));
      }),
    );
}
