import type { Command } from 'commander';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';
import { percent } from './eval-flags.ts';

interface RunsFlags extends GlobalOptions {
  home?: string;
}

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('List evaluation runs, newest first: suite, model, status, counts and accuracy.')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print JSON')
    .option('--debug', 'print stack traces on error')
    .action((flags: RunsFlags) =>
      runCommand<RunsFlags>(async (options) => {
        const [{ createRunStore }, { openStore, resolveHome }] = await Promise.all([
          import('../../eval/index.ts'),
          import('../../store/index.ts'),
        ]);
        const store = await openStore(resolveHome(options.home));
        try {
          const runs = createRunStore(store).listRuns();
          if (options.json) {
            return printJson(
              runs.map((run) => ({
                id: run.id,
                createdAt: run.createdAt,
                suite: run.suite,
                model: run.model,
                modelLabel: run.modelLabel,
                modelKind: run.modelKind,
                status: run.status,
                total: run.total,
                done: run.counts.done,
                errors: run.counts.error,
                scored: run.counts.scored,
                correct: run.counts.correct,
                unparseable: run.counts.unparseable,
                accuracy: run.accuracy,
                cost: run.counts.cost,
              })),
            );
          }
          const lines = runs.map(
            (run) =>
              `${run.id}  ${run.suite}  ${run.modelLabel}  ${run.status}  ${run.counts.done}/${run.total}  ` +
              `${run.counts.error} error(s)  accuracy ${percent(run.accuracy)}`,
          );
          process.stdout.write(
            `${lines.length > 0 ? lines.join('\n') : 'no runs yet (start one with "atelier eval")'}\n`,
          );
        } finally {
          await store.close();
        }
      })({ ...flags }),
    );
}
