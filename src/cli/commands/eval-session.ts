import { AtelierError } from '../../core/index.ts';
import {
  createRunModel,
  createRunStore,
  type EvalSummary,
  parseShard,
  type RunPrices,
  resolveSuite,
  runEval,
} from '../../eval/index.ts';
import { resolveHome, shrinkPageCache } from '../../store/index.ts';
import { openAssistantServices } from '../assistant-services.ts';
import { printJson } from '../output.ts';
import { silentProgress, terminalProgress } from '../progress.ts';
import type { EvalFlags } from './eval.ts';
import { percent } from './eval-flags.ts';

interface EvalPlan {
  suite: string;
  model: string;
  seed: number;
  limit?: number;
  options: Record<string, string | number | boolean>;
  circular: boolean;
  blind: boolean;
  runId?: string;
  prices?: RunPrices;
  concurrency?: number;
}

function flagPrices(flags: EvalFlags): RunPrices | undefined {
  if (flags.priceIn === undefined && flags.priceOut === undefined) return undefined;
  return { inputPerMillion: flags.priceIn ?? 0, outputPerMillion: flags.priceOut ?? 0 };
}

/** What to run: from the flags, or, with --resume, from the run as it was started. */
function planFrom(flags: EvalFlags, runs: ReturnType<typeof createRunStore>): EvalPlan {
  const prices = flagPrices(flags);
  if (flags.resume !== undefined) {
    const clashing = (['suite', 'model', 'limit', 'run'] as const).filter(
      (flag) => flags[flag] !== undefined,
    );
    if (clashing.length > 0) {
      throw new AtelierError(
        'USAGE',
        `--resume takes the suite, model and options from the run; leave out ${clashing.map((flag) => `--${flag}`).join(', ')}`,
        {
          hint: `Run "atelier eval --resume ${flags.resume}" (with --shard, --retry-errors or --concurrency if wanted).`,
        },
      );
    }
    const run = runs.readRun(flags.resume);
    const config = run.suiteConfig;
    const storedPrices = prices ?? run.settings.prices;
    const concurrency = flags.concurrency ?? run.settings.concurrency;
    return {
      suite: config.file ?? run.suite,
      model: run.model,
      seed: config.seed,
      ...(config.limit !== undefined ? { limit: config.limit } : {}),
      options: config.options,
      circular: config.circular,
      // A blind run stores its model as text-only:SPEC, which already leaves the images out.
      blind: false,
      runId: run.id,
      ...(storedPrices ? { prices: storedPrices } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
    };
  }
  if (flags.suite === undefined || flags.model === undefined) {
    throw new AtelierError('USAGE', 'atelier eval needs --suite and --model (or --resume RUN)', {
      hint: 'For example: atelier eval --suite perception --model random --limit 50',
    });
  }
  return {
    suite: flags.suite,
    model: flags.model,
    seed: flags.seed,
    ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
    options: flags.option,
    circular: flags.circular === true,
    blind: flags.blind === true,
    ...(flags.run !== undefined ? { runId: flags.run } : {}),
    ...(prices ? { prices } : {}),
    ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
  };
}

function summaryJson(summary: EvalSummary, warnings: string[]) {
  const { run } = summary;
  return {
    ok: run.status !== 'failed',
    run: {
      id: run.id,
      suite: run.suite,
      model: run.model,
      modelLabel: run.modelLabel,
      modelKind: run.modelKind,
      status: run.status,
      total: run.total,
    },
    counts: summary.counts,
    accuracy: summary.accuracy,
    unparseableRate: summary.unparseableRate,
    processed: summary.processed,
    errors: summary.errors,
    cost: summary.cost,
    estimatedCost: summary.estimatedCost,
    scoringFailures: summary.scoringFailures,
    ...(summary.stoppedBy ? { stoppedBy: summary.stoppedBy } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

function summaryLines(summary: EvalSummary): string[] {
  const { run, counts } = summary;
  const lines = [
    `run ${run.id}  suite ${run.suite}  model ${run.modelLabel}`,
    `status ${run.status}: ${counts.done}/${run.total} done, ${counts.error} error(s), ${counts.scored} scored` +
      ` (this time: ${summary.processed} sample(s), ${summary.errors} error(s))`,
    `accuracy ${percent(summary.accuracy)} (${counts.correct}/${counts.scored} correct), unparseable ${percent(summary.unparseableRate)} (${counts.unparseable})`,
  ];
  if (summary.cost > 0 || summary.estimatedCost > 0) {
    lines.push(`cost $${summary.cost.toFixed(4)} (estimated $${summary.estimatedCost.toFixed(4)})`);
  }
  if (summary.scoringFailures > 0) {
    lines.push(
      `${summary.scoringFailures} output(s) could not be scored; fix the scorer and run "atelier rescore ${run.id}"`,
    );
  }
  if (summary.stoppedBy === 'max-cost')
    lines.push(`stopped at --max-cost; continue with: atelier eval --resume ${run.id}`);
  else if (summary.stoppedBy === 'interrupted')
    lines.push(`interrupted; continue with: atelier eval --resume ${run.id}`);
  else if (counts.error > 0)
    lines.push(`run the failed samples again with: atelier eval --resume ${run.id} --retry-errors`);
  else if (run.status === 'running') lines.push('other shards of this run are still to finish');
  if (run.status === 'done') lines.push(`full report with intervals: atelier report ${run.id}`);
  return lines;
}

export async function runEvalCommand(flags: EvalFlags, signal: AbortSignal): Promise<void> {
  const home = resolveHome(flags.home);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const services = await openAssistantServices(home);
  const { store, tools } = services;
  // An eval streams writes; a search-sized page cache would only grow the process (see the store).
  shrinkPageCache(store);
  try {
    const runs = createRunStore(store);
    const plan = planFrom(flags, runs);
    const { suite, source, warnings } = await resolveSuite(plan.suite);
    if (!flags.json) for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    const model = await createRunModel(plan.model, {
      store,
      seed: plan.seed,
      ...(flags.config !== undefined ? { configPath: flags.config } : {}),
      ...(plan.concurrency !== undefined ? { concurrency: plan.concurrency } : {}),
    });
    const progress = flags.json ? silentProgress : terminalProgress();
    try {
      const summary = await runEval({
        store,
        suite,
        context: {
          store,
          seed: plan.seed,
          ...(plan.limit !== undefined ? { limit: plan.limit } : {}),
          options: plan.options,
        },
        model,
        modelSpec: plan.model,
        tools,
        ...(plan.runId !== undefined ? { runId: plan.runId } : {}),
        resume: flags.resume !== undefined,
        retryErrors: flags.retryErrors === true,
        ...(shard ? { shard } : {}),
        ...(plan.concurrency !== undefined ? { concurrency: plan.concurrency } : {}),
        blind: plan.blind,
        circular: plan.circular,
        ...(source !== undefined ? { source } : {}),
        ...(flags.maxCost !== undefined ? { maxCost: flags.maxCost } : {}),
        ...(plan.prices ? { prices: plan.prices } : {}),
        ...(flags.maxSteps !== undefined ? { maxSteps: flags.maxSteps } : {}),
        signal,
        onStart: (start) => {
          if (!flags.json) {
            process.stderr.write(`run ${start.run.id}: ${suite.name} with ${start.run.modelLabel}\n`);
          }
          progress.start('eval', start.planned);
        },
        onProgress: (update) => progress.tick(update.processed),
      });
      progress.finish();
      if (flags.json) printJson(summaryJson(summary, warnings));
      else process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
      if (summary.stoppedBy === 'interrupted') process.exitCode = 130;
      else if (summary.run.status === 'failed') process.exitCode = 1;
    } finally {
      await model.close?.();
    }
  } finally {
    await services.close();
  }
}
