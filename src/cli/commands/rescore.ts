import type { Command } from 'commander';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';
import { percent } from './eval-flags.ts';

interface RescoreFlags extends GlobalOptions {
  home?: string;
}

export function registerRescore(program: Command): void {
  program
    .command('rescore')
    .description('Score a run’s stored outputs again (after a scorer changed) without calling any model.')
    .argument('<run>', 'run id, as printed by "atelier eval" and "atelier runs"')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print JSON')
    .option('--debug', 'print stack traces on error')
    .action((runId: string, flags: RescoreFlags) =>
      runCommand<RescoreFlags>(async (options) => {
        const [{ rescoreRun }, { openStore, resolveHome }] = await Promise.all([
          import('../../eval/index.ts'),
          import('../../store/index.ts'),
        ]);
        const store = await openStore(resolveHome(options.home));
        try {
          const summary = rescoreRun(store, runId);
          const { counts } = summary;
          if (options.json) {
            printJson({
              ok: summary.failures.length === 0,
              run: summary.run.id,
              rescored: summary.scored,
              failures: summary.failures,
              counts,
              accuracy: summary.accuracy,
            });
          } else {
            const lines = [
              `rescored ${summary.scored} output(s) of ${summary.run.id} (${summary.run.modelLabel})`,
              `accuracy ${percent(summary.accuracy)} (${counts.correct}/${counts.scored} correct), unparseable ${counts.unparseable}`,
              ...summary.failures
                .slice(0, 5)
                .map((failure) => `  not scored: ${failure.sampleId}: ${failure.code} ${failure.message}`),
            ];
            if (summary.failures.length > 5) lines.push(`  … and ${summary.failures.length - 5} more`);
            process.stdout.write(`${lines.join('\n')}\n`);
          }
          if (summary.failures.length > 0) process.exitCode = 1;
        } finally {
          await store.close();
        }
      })({ ...flags }),
    );
}
