import { dirname } from 'node:path';
import { AtelierError, type Usage } from '../../core/index.ts';
import { type ChatModel, createTextOnlyModel } from '../../models/index.ts';
import type { Store } from '../../store/index.ts';
import type { Tool } from '../../tools/index.ts';
import { scoreSample } from '../scorers/score-sample.ts';
import type { SuiteContext, SuiteDefinition } from '../suite.ts';
import { costOf, estimateSampleTokens } from './estimate-cost.ts';
import { scoreStoredRows } from './rescore-run.ts';
import { createResultWriter } from './result-writer.ts';
import type { EvalRunRecord, RunCounts, RunPrices, RunStatus, SuiteConfig } from './run-record.ts';
import { runSample, type SampleAttempt } from './run-sample.ts';
import { accuracyOf, createRunStore, type ResultRow } from './run-store.ts';
import { createSampleImageCache } from './sample-image-cache.ts';
import { checkShard, inShard, type Shard, shardSize, WHOLE_RUN } from './shard.ts';
import { type StreamTally, type WorkItem, workItems } from './work-items.ts';

export interface EvalProgress {
  /** Samples this invocation has stored (outputs and errors). */
  processed: number;
  /** Samples this invocation expects to run (its shard, less what is already stored). */
  planned: number;
  errors: number;
  /** US dollars spent by this invocation. */
  cost: number;
}

export interface EvalStart {
  run: EvalRunRecord;
  planned: number;
  /** Tokens one sample is estimated to take (from the first sample to run). */
  tokensPerSample: Usage;
  estimatedCost: number;
}

export interface RunEvalOptions {
  store: Store;
  suite: SuiteDefinition;
  context: SuiteContext;
  model: ChatModel;
  /** What the run stores as its model, so `--resume` can build it again (default `model.id`). */
  modelSpec?: string;
  /** The tools agent samples may be offered (default none). */
  tools?: readonly Tool[];
  /** Start or join the run with this id (shards share one); a fresh id otherwise. */
  runId?: string;
  /** The run must already exist: continue it, skipping every sample it has a row for. */
  resume?: boolean;
  /** Run again the samples whose row is an error, replacing those rows (and nothing else). */
  retryErrors?: boolean;
  shard?: Shard;
  /** Samples in flight at once (default 8). */
  concurrency?: number;
  /** Show the model no images: the blind row. */
  blind?: boolean;
  /** Ask each multiple-choice sample once per rotation of its options. */
  circular?: boolean;
  /** The data file of an external suite: stored on the run; relative image paths are read from its folder. */
  source?: string;
  /** Refuse to start when the estimate exceeds this many dollars, and stop starting samples once spent. */
  maxCost?: number;
  prices?: RunPrices;
  /** Model calls an agent sample may make (the agent's default otherwise). */
  maxSteps?: number;
  signal?: AbortSignal;
  onStart?: (start: EvalStart) => void;
  onProgress?: (progress: EvalProgress) => void;
}

export interface EvalSummary {
  run: EvalRunRecord;
  counts: RunCounts;
  /** Correct ÷ scored over the whole run (all shards); unparseable answers count as wrong. */
  accuracy: number | null;
  unparseableRate: number | null;
  processed: number;
  errors: number;
  cost: number;
  estimatedCost: number;
  /** Why this invocation stopped before its shard was finished. */
  stoppedBy?: 'interrupted' | 'max-cost';
  /** Outputs the scorer threw on; they stay stored and unscored until `rescore`. */
  scoringFailures: number;
}

const DEFAULT_CONCURRENCY = 8;

/**
 * Runs (or continues) an evaluation: streams the suite's samples, skips those the run already has,
 * keeps the shard's positions, asks the model with N samples in flight, stores each output (or
 * error) before scoring it, and leaves the run 'done' once every sample of every shard is stored.
 * A sample's failure is a row, never the end of the run.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalSummary> {
  const { store, suite, context, signal } = options;
  const runs = createRunStore(store);
  const shard = checkShard(options.shard ?? WHOLE_RUN);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new AtelierError('INVALID_ARGUMENT', `concurrency must be a whole number ≥ 1, got ${concurrency}`, {
      hint: 'Pass --concurrency 8 (the default), or more for a server that can take it.',
    });
  }
  const retryErrors = options.retryErrors === true;
  const circular = options.circular === true;
  let model = options.model;
  let modelSpec = options.modelSpec ?? model.id;
  if (options.blind && !model.id.startsWith('text-only:')) {
    model = createTextOnlyModel(model);
    modelSpec = `text-only:${modelSpec}`;
  }
  const prices = options.prices;
  const { maxCost } = options;
  if (maxCost !== undefined && !prices && model.kind === 'model') {
    throw new AtelierError('INVALID_ARGUMENT', '--max-cost needs the prices of the model', {
      hint: 'Pass --price-in and --price-out (US dollars per million input and output tokens) with --max-cost.',
    });
  }
  const suiteConfig: SuiteConfig = {
    seed: context.seed,
    ...(context.limit !== undefined ? { limit: context.limit } : {}),
    options: context.options,
    ...(options.source !== undefined ? { file: options.source } : {}),
    circular,
  };

  if (options.resume && options.runId === undefined) {
    throw new AtelierError('INVALID_ARGUMENT', 'resuming needs the id of the run to continue', {
      hint: 'Pass the run id, as "atelier runs" lists it: atelier eval --resume RUN.',
    });
  }
  const existing = options.runId === undefined ? undefined : runs.findRun(options.runId);
  // Throws NOT_FOUND, with a hint, for a run that was never started.
  if (options.resume && !existing) runs.readRun(options.runId ?? '');
  const finished = existing
    ? runs.finishedSampleIds(existing.id, { includeErrors: !retryErrors })
    : new Set<string>();
  const alreadyInShard = existing
    ? runs.finishedInShard(existing.id, shard, { includeErrors: !retryErrors })
    : 0;

  const total = suite.count(context);
  const tally: StreamTally = { samples: 0, rows: 0, complete: false };
  const iterator = workItems(suite, context, shard, circular, finished, tally);
  let first = (await iterator.next()).value as WorkItem | undefined;

  const variantsPerSample =
    circular && first?.sample.scorer === 'choice' ? (first.sample.choices?.length ?? 1) : 1;
  const planned = Math.max(shardSize(total, shard) * variantsPerSample - alreadyInShard, first ? 1 : 0);
  const tokensPerSample = first ? estimateSampleTokens(first.sample) : { inputTokens: 0, outputTokens: 0 };
  const estimatedCost = planned * costOf(tokensPerSample, prices);
  if (maxCost !== undefined && estimatedCost > maxCost) {
    await iterator.return(undefined);
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `the run is estimated to cost $${estimatedCost.toFixed(4)} (${planned} samples × ~${tokensPerSample.inputTokens} input + ${tokensPerSample.outputTokens} output tokens), more than --max-cost ${maxCost}`,
      {
        hint: 'Raise --max-cost, run fewer samples with --limit, or split the run with --shard i/n.',
      },
    );
  }

  const run = runs.createRun({
    ...(options.runId !== undefined ? { id: options.runId } : {}),
    suite: suite.name,
    suiteConfig,
    model: modelSpec,
    modelKind: model.kind,
    modelLabel: model.label,
    total,
    settings: { concurrency, blind: options.blind === true, ...(prices ? { prices } : {}) },
  });
  runs.setStatus(run.id, 'running');
  options.onStart?.({ run, planned, tokensPerSample, estimatedCost });

  // Outputs stored by a process that was killed before it scored them.
  const leftovers = scoreStoredRows(
    runs,
    run.id,
    (function* () {
      for (const row of runs.results(run.id, { unscoredOnly: true }))
        if (inShard(row.position, shard)) yield row;
    })(),
  );

  const writer = createResultWriter(runs, { replaceErrors: retryErrors });
  const imageRoot = options.source !== undefined ? dirname(options.source) : process.cwd();
  const sampleContext = {
    model,
    store,
    tools: options.tools ?? [],
    imageRoot,
    imageCache: createSampleImageCache(),
    ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
    ...(signal ? { signal } : {}),
  };
  let processed = 0;
  let errors = 0;
  let spent = 0;
  let scoringFailures = leftovers.failures.length;
  let stoppedBy: EvalSummary['stoppedBy'];
  let fatal: unknown;

  const shouldStop = () => {
    if (fatal !== undefined) return true;
    if (signal?.aborted) stoppedBy ??= 'interrupted';
    else if (maxCost !== undefined && spent >= maxCost) stoppedBy ??= 'max-cost';
    return stoppedBy !== undefined;
  };
  const nextItem = async (): Promise<WorkItem | undefined> => {
    if (first) {
      const item = first;
      first = undefined;
      return item;
    }
    const next = await iterator.next();
    return next.done ? undefined : next.value;
  };
  const processItem = async (item: WorkItem) => {
    const attempt: SampleAttempt = item.failure
      ? { status: 'error', sample: item.sample, error: item.failure }
      : await runSample(item.sample, sampleContext);
    if (attempt.status === 'interrupted') return;
    const cost = attempt.status === 'done' ? costOf(attempt.output.usage, prices) : 0;
    spent += cost;
    const output = attempt.status === 'done' ? attempt.output : undefined;
    const row: ResultRow = {
      runId: run.id,
      sampleId: item.sample.id,
      position: item.position,
      status: attempt.status,
      sample: JSON.stringify(attempt.sample),
      output: output ? JSON.stringify(output) : null,
      error: attempt.status === 'error' ? JSON.stringify(attempt.error) : null,
      latencyMs: output?.latencyMs ?? null,
      inputTokens: output?.usage.inputTokens ?? null,
      outputTokens: output?.usage.outputTokens ?? null,
      cost: output ? cost : null,
    };
    const written = await writer.write(row);
    processed += 1;
    if (attempt.status === 'error') errors += 1;
    // A row another process stored first is the truth for that sample; this answer is dropped.
    if (written && attempt.status === 'done') {
      let score: ReturnType<typeof scoreSample> | undefined;
      try {
        score = scoreSample(attempt.sample, attempt.output);
      } catch {
        scoringFailures += 1;
      }
      if (score) await writer.score({ runId: run.id, sampleId: item.sample.id, score });
    }
    options.onProgress?.({ processed, planned, errors, cost: spent });
  };
  const worker = async () => {
    try {
      while (!shouldStop()) {
        const item = await nextItem();
        if (!item || shouldStop()) return;
        await processItem(item);
      }
    } catch (error) {
      fatal ??= error;
    }
  };

  await Promise.all(Array.from({ length: concurrency }, worker));
  writer.flush();
  await iterator.return(undefined);

  if (tally.complete && fatal === undefined) {
    const rows = circular ? tally.rows : tally.samples;
    if (rows !== run.total) runs.setTotal(run.id, rows);
  }
  const countsBefore = runs.counts(run.id);
  let otherwise: RunStatus = 'running';
  if (fatal !== undefined) otherwise = 'failed';
  else if (stoppedBy !== undefined) otherwise = 'interrupted';
  else if (countsBefore.error > 0) otherwise = 'failed';
  // With circular variants the total is only known once the whole stream has been read.
  runs.settleStatus(run.id, { canBeDone: !circular || tally.complete, otherwise });
  const counts = runs.counts(run.id);
  if (fatal !== undefined) throw fatal;

  return {
    run: runs.readRun(run.id),
    counts,
    accuracy: accuracyOf(counts),
    unparseableRate: counts.scored > 0 ? counts.unparseable / counts.scored : null,
    processed,
    errors,
    cost: spent,
    estimatedCost,
    ...(stoppedBy ? { stoppedBy } : {}),
    scoringFailures,
  };
}
