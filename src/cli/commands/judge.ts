import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import { type GlobalOptions, printJson } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface JudgeFlags extends GlobalOptions {
  judge: string;
  against?: string;
  rubric?: string;
  limit?: number;
  concurrency: number;
  config?: string;
  home?: string;
}

const interval = (summary: { estimate: number; low: number; high: number }) =>
  Number.isFinite(summary.estimate)
    ? `${summary.estimate.toFixed(3)} [${summary.low.toFixed(3)}, ${summary.high.toFixed(3)}]`
    : '—';

export function registerJudge(program: Command): void {
  program
    .command('judge')
    .description(
      "Grade a run's stored answers with a judge model (rubric), or compare two runs pairwise with positions swapped.",
    )
    .argument('<run>', 'the run whose answers to judge')
    .requiredOption('--judge <spec>', 'the judge model (any model spec or config name)')
    .option('--against <run>', 'compare with this run pairwise instead of grading with a rubric')
    .option('--rubric <text>', 'what earns 0–10 (a default rubric compares with the reference answer)')
    .option('--limit <n>', 'judge only the first N samples', integerOption('--limit'))
    .option('--concurrency <n>', 'judge calls in flight', integerOption('--concurrency'), 4)
    .option('--config <file>', 'model configuration (default ./atelier.config.yaml when present)')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print the summary as JSON')
    .option('--debug', 'print stack traces on error')
    .action((run: string, flags: JudgeFlags) =>
      runCommand<JudgeFlags>(async (options) => {
        const [
          { judgeRunRubric, judgeRunsPairwise, createRunStore },
          { createModel },
          { openStore, resolveHome },
        ] = await Promise.all([
          import('../../eval/index.ts'),
          import('../../models/index.ts'),
          import('../../store/index.ts'),
        ]);
        const store = await openStore(resolveHome(options.home));
        try {
          const runs = createRunStore(store);
          runs.readRun(run);
          if (options.against) runs.readRun(options.against);
          const judge = await createModel(options.judge, {
            store,
            ...(options.config ? { configPath: options.config } : {}),
          });
          const shared = {
            concurrency: options.concurrency,
            ...(options.limit ? { limit: options.limit } : {}),
          };
          if (options.against) {
            const summary = await judgeRunsPairwise(store, run, options.against, judge, shared);
            if (options.json)
              return printJson({ judge: judge.label, a: run, b: options.against, ...summary });
            process.stdout.write(
              [
                `judge ${judge.label}: ${summary.pairs} pairs, each judged in both orders`,
                `  ${run} wins ${summary.wins.a}, ${options.against} wins ${summary.wins.b}, ties ${summary.wins.tie}`,
                `  inconsistent (the verdict flipped with the order) ${summary.wins.inconsistent}, unreadable ${summary.wins.unparseable}`,
                `  share of decisive verdicts preferring ${options.against}: ${interval(summary.preferB)}`,
                '',
              ].join('\n'),
            );
            return;
          }
          const summary = await judgeRunRubric(store, run, judge, {
            ...shared,
            ...(options.rubric ? { rubric: options.rubric } : {}),
          });
          if (options.json) return printJson({ judge: judge.label, run, ...summary });
          process.stdout.write(
            `judge ${judge.label}: ${summary.judged} answers, mean score ${interval(summary.score)}, ${summary.unparseable} verdict(s) unreadable; kept on each row as metrics.judge\n`,
          );
        } finally {
          await store.close();
        }
      })({ ...flags }),
    );
}
