import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import type { GlobalOptions } from '../output.ts';
import { runCommand } from '../run-command.ts';
import { amountOption, collectSuiteOption, type SuiteOptionValue } from './eval-flags.ts';

export interface EvalFlags extends GlobalOptions {
  suite?: string;
  model?: string;
  limit?: number;
  concurrency?: number;
  seed: number;
  shard?: string;
  run?: string;
  resume?: string;
  retryErrors?: boolean;
  blind?: boolean;
  circular?: boolean;
  option: Record<string, SuiteOptionValue>;
  maxCost?: number;
  priceIn?: number;
  priceOut?: number;
  maxSteps?: number;
  home?: string;
  config?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'Measure a model on a benchmark suite; every output is stored before it is scored, and a killed run resumes.',
    )
    .option('--suite <name|file>', 'a built-in suite name, or a .jsonl / VLMEvalKit .tsv data file')
    .option(
      '--model <spec>',
      'random, oracle, rules, embed-knn:EMBEDDER (baselines), openai:MODEL, openai-compatible:URL#MODEL, anthropic:MODEL, text-only:SPEC, or a name from atelier.config.yaml',
    )
    .option('--limit <n>', 'number of samples (the suite’s default otherwise)', integerOption('--limit'))
    .option('--concurrency <n>', 'samples in flight at once (default 8)', integerOption('--concurrency'))
    .option(
      '--seed <s>',
      'seed of the suite’s samples and of the random baseline',
      integerOption('--seed'),
      0,
    )
    .option(
      '--shard <i/n>',
      'run only every n-th sample, starting at the i-th; use the same --run id for all shards',
    )
    .option('--run <id>', 'the run id to start or join (default: a new run-YYYYMMDD-HHMMSS-xxxx)')
    .option('--resume <run>', 'continue a run with its stored suite, options and model')
    .option('--retry-errors', 'run again only the samples whose model call failed')
    .option('--blind', 'show the model no images (the blind row)')
    .option('--circular', 'ask each multiple-choice sample once per rotation of its options')
    .option(
      '--option <key=value>',
      'a suite knob (repeatable), e.g. --option distractors=3',
      collectSuiteOption,
      {},
    )
    .option(
      '--max-cost <usd>',
      'refuse to start above this estimate; stop starting samples once spent',
      amountOption('--max-cost'),
    )
    .option('--price-in <usd>', 'US dollars per million input tokens', amountOption('--price-in'))
    .option('--price-out <usd>', 'US dollars per million output tokens', amountOption('--price-out'))
    .option('--max-steps <n>', 'model calls an agent sample may make', integerOption('--max-steps'))
    .option('--config <file>', 'model configuration (default ./atelier.config.yaml when present)')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print the summary as JSON')
    .option('--debug', 'print stack traces on error')
    .action((flags: EvalFlags) =>
      runCommand<EvalFlags>(async (options, signal) => {
        const { runEvalCommand } = await import('./eval-session.ts');
        await runEvalCommand(options, signal);
      })({ ...flags }),
    );
}
