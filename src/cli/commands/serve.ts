import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { runCommand } from '../run-command.ts';
import type { ServeFlags } from './serve-session.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the HTTP API and the web app (explore, assistant, runs, boards) over a home folder. Ctrl-C stops it.',
    )
    .option('--host <address>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 = a free port, printed)', integerOption('--port'), 7860)
    .option(
      '--token <token>',
      'access token every API call must carry (default ATELIER_TOKEN); 16+ characters',
    )
    .option(
      '--model <spec>',
      'a model the assistant page may use (repeat; the first is the default; rules is always offered)',
      collect,
      [],
    )
    .option('--config <file>', 'model configuration (default ./atelier.config.yaml when present)')
    .option('--generator <spec>', 'image backend for generate_image (default world)')
    .option('--web-root <dir>', 'folder of the built web app (default web/dist of this checkout)')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print {"url": …} as one JSON line')
    .option('--debug', 'print stack traces on error')
    .action((flags: ServeFlags) =>
      runCommand<ServeFlags>(async (options, signal) => {
        const { runServe } = await import('./serve-session.ts');
        await runServe(options, signal);
      })({ ...flags }),
    );
}
