import type { Command } from 'commander';
import { AtelierError } from '../../core/index.ts';
import { integerOption } from '../arguments.ts';
import type { GlobalOptions } from '../output.ts';
import { runCommand } from '../run-command.ts';

interface ReportFlags extends GlobalOptions {
  format?: 'md' | 'html' | 'json';
  out?: string;
  all?: boolean;
  seed: number;
  home?: string;
}

const FORMATS = ['md', 'html', 'json'] as const;

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'Write a leaderboard of runs: intervals, chance rows, breakdowns by difficulty, paired comparisons.',
    )
    .argument('[runs...]', 'run ids, as "atelier runs" lists them')
    .option('--all', 'every run in the home folder')
    .option('--format <format>', 'md | html | json (default: from --out, else md)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--seed <n>', 'bootstrap seed (same seed, same intervals)', integerOption('--seed'), 0)
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'same as --format json')
    .option('--debug', 'print stack traces on error')
    .action((runs: string[], flags: ReportFlags) =>
      runCommand<ReportFlags>(async (options) => {
        const format = options.json
          ? 'json'
          : (options.format ??
            (options.out?.endsWith('.html') ? 'html' : options.out?.endsWith('.json') ? 'json' : 'md'));
        if (!FORMATS.includes(format)) {
          throw new AtelierError('INVALID_ARGUMENT', `--format must be md, html or json, got "${format}"`, {
            hint: 'Pass --format md (default), --format html or --format json.',
          });
        }
        const { writeReport } = await import('./report-writer.ts');
        await writeReport(runs, { ...options, format });
      })({ ...flags }),
    );
}
