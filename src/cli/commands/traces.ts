import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface TracesFlags extends GlobalOptions {
  limit: number;
  home?: string;
}

interface TraceFlags extends GlobalOptions {
  replay?: boolean;
  generator?: string;
  home?: string;
}

export function registerTraces(program: Command): void {
  program
    .command('traces')
    .description('List recorded assistant traces, newest first.')
    .option('--limit <n>', 'how many', integerOption('--limit'), 20)
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print JSON')
    .option('--debug', 'print stack traces on error')
    .action((flags: TracesFlags) =>
      runCommand<TracesFlags>(async (options) => {
        const [{ listTraces }, { openStore, resolveHome }] = await Promise.all([
          import('../../agent/index.ts'),
          import('../../store/index.ts'),
        ]);
        const store = await openStore(resolveHome(options.home));
        try {
          const traces = listTraces(store, { limit: options.limit });
          if (options.json) return printJson(traces);
          const lines = traces.map(
            (trace) =>
              `${trace.id}  ${trace.model} (${trace.modelKind})  ${trace.stopReason ?? trace.status}  ${trace.steps} step(s)  ${trace.createdAt}`,
          );
          process.stdout.write(`${lines.length ? lines.join('\n') : 'no traces yet'}\n`);
        } finally {
          await store.close();
        }
      })({ ...flags }),
    );

  program
    .command('trace')
    .description('Show one trace step by step, or replay it with the real tools and report what changed.')
    .argument('<id>', 'trace id, as printed by "atelier chat" and "atelier traces"')
    .option('--replay', "re-run the trace's tool calls with the recorded model answers")
    .option('--generator <spec>', 'image backend for the replay (default world)')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print JSON')
    .option('--debug', 'print stack traces on error')
    .action((id: string, flags: TraceFlags) =>
      runCommand<TraceFlags>(async (options, signal) => {
        const { showTrace } = await import('./trace-view.ts');
        await showTrace(id, options, signal);
      })({ ...flags }),
    );
}
