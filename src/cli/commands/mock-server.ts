import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import type { GlobalOptions } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface MockServerFlags extends GlobalOptions {
  script: string;
  port: number;
  host: string;
}

/**
 * A scripted OpenAI-compatible server for demos, tests in other languages and load tests: point any
 * client (or `--model openai-compatible:URL#mock`) at the URL it prints. Ctrl-C stops it.
 */
export function registerMockServer(program: Command): void {
  program
    .command('mock-server')
    .description('Serve a scripted OpenAI-compatible chat model (answers, tool calls, errors, 429s, hangs).')
    .requiredOption(
      '--script <file>',
      'YAML or JSON mock script: {steps: [{match?, times?, respond}], default?}',
    )
    .option('--port <n>', 'port to listen on (0 = a free port, printed)', integerOption('--port'), 0)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--json', 'print {"url": …} as one JSON line')
    .option('--debug', 'print stack traces on error')
    .action((flags: MockServerFlags) =>
      runCommand<MockServerFlags>(async (options, signal) => {
        const { loadMockScript, startMockServer } = await import('../../models/index.ts');
        const script = await loadMockScript(options.script);
        const server = await startMockServer({ script, host: options.host, port: options.port });
        if (options.json) process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
        else {
          process.stdout.write(`${server.url}\n`);
          process.stderr.write(
            `mock server playing ${options.script} (${script.steps.length} steps${script.default ? ' and a default' : ''}); Ctrl-C stops it\n`,
          );
        }
        await new Promise<void>((resolve) => {
          if (signal.aborted) resolve();
          else signal.addEventListener('abort', () => resolve(), { once: true });
        });
        await server.close();
        if (!options.json) process.stderr.write(`stopped after ${server.requestCount()} requests\n`);
      })({ ...flags }),
    );
}
