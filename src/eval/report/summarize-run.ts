import type { Store } from '../../store/index.ts';
import {
  aucBootstrap,
  type MetricSummary,
  summarizeMeanByTotals,
  summarizeProportionByTotals,
} from '../stats/index.ts';
import { headlineFor } from './headline.ts';
import { type ReportRow, readReportRows } from './report-rows.ts';

export interface RunInfo {
  id: string;
  suite: string;
  model: string;
  modelLabel: string;
  modelKind: string;
  status: string;
  total: number;
  createdAt: string;
}

export interface MetricResult extends MetricSummary {
  name: string;
  chance?: number;
}

export interface BreakdownRow {
  key: string;
  value: string;
  metric: string;
  summary: MetricSummary;
}

export interface RunSummary {
  run: RunInfo;
  scored: number;
  errors: number;
  headline: MetricResult[];
  /** Share of answers no scorer could read (never replaced by a guess). */
  unparseable: MetricSummary;
  breakdowns: BreakdownRow[];
  /** Share of scored samples in which each tool was called (agent samples). */
  toolUse: { tool: string; rate: number }[];
  usage: {
    inputTokens: number;
    outputTokens: number;
    cost: number;
    latencyP50: number | null;
    latencyP95: number | null;
  };
}

const EMPTY: MetricSummary = {
  estimate: Number.NaN,
  low: Number.NaN,
  high: Number.NaN,
  n: 0,
  clusters: 0,
  method: 'wilson',
};

/**
 * Each row's cluster (its image or outfit, else the sample itself) as a number, so that every
 * metric and breakdown bucket resamples the same clusters without hashing their labels again.
 */
function clusterIdsOf(rows: readonly ReportRow[]): Uint32Array {
  const ids = new Uint32Array(rows.length);
  const numbers = new Map<string, number>();
  rows.forEach((row, index) => {
    const label = row.cluster ?? row.sampleId;
    let number = numbers.get(label);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(label, number);
    }
    ids[index] = number;
  });
  return ids;
}

/** Every pair (samples sharing `pair`) counts once, right only when all its samples are right. */
function pairSuccesses(rows: readonly ReportRow[]): boolean[] {
  const pairs = new Map<string, boolean>();
  for (const row of rows) {
    if (row.pair === null) continue;
    pairs.set(row.pair, (pairs.get(row.pair) ?? true) && row.outcome === 'correct');
  }
  return [...pairs.values()];
}

/**
 * One metric over some rows with its 95% interval. The bootstraps work on cluster totals (see
 * ratioBootstrap and aucBootstrap in stats): the intervals are those of summarizeProportion,
 * summarizeMean and aucInterval up to bootstrap noise, at a cost that does not grow with the
 * number of resamples times the number of rows. `clusterIds` (aligned with rows) defaults to the
 * rows' own cluster labels.
 */
export function summarizeMetric(
  name: string,
  rows: readonly ReportRow[],
  seed: number,
  clusterIds: ArrayLike<number> = clusterIdsOf(rows),
): MetricSummary {
  if (rows.length === 0) return EMPTY;
  if (name === 'accuracy') {
    return summarizeProportionByTotals(
      rows.map((row) => row.outcome === 'correct'),
      { seed, clusters: clusterIds },
    );
  }
  if (name === 'pair-accuracy') {
    const successes = pairSuccesses(rows);
    return successes.length ? summarizeProportionByTotals(successes, { seed }) : EMPTY;
  }
  const kept: number[] = [];
  if (name === 'auc') {
    rows.forEach((row, index) => {
      if (row.answer === 'yes' || row.answer === 'no') kept.push(index);
    });
    const labels = kept.map((index) => rows[index]?.answer === 'yes');
    // An unreadable answer carries no ranking information: it sits at ½, between the classes.
    const scores = kept.map((index) => rows[index]?.prediction ?? 0.5);
    const clusters = kept.map((index) => clusterIds[index] as number);
    const interval = aucBootstrap(labels, scores, { seed, clusters });
    if (Number.isNaN(interval.estimate)) return EMPTY;
    const clusterCount = new Set(clusters).size;
    return {
      estimate: interval.estimate,
      low: interval.low,
      high: interval.high,
      n: kept.length,
      clusters: clusterCount,
      method: clusterCount === kept.length ? 'bootstrap' : 'cluster-bootstrap',
    };
  }
  rows.forEach((row, index) => {
    if (Number.isFinite(row.metrics[name])) kept.push(index);
  });
  if (kept.length === 0) return EMPTY;
  const values = kept.map((index) => rows[index]?.metrics[name] as number);
  const clusters = kept.map((index) => clusterIds[index] as number);
  // A right/wrong metric (tool-use outcome, hit@5) is a proportion: Wilson keeps its interval honest
  // at 0% or 100%, where a bootstrap of identical values would claim [0, 0].
  if (values.every((value) => value === 0 || value === 1)) {
    return summarizeProportionByTotals(
      values.map((value) => value === 1),
      { seed, clusters },
    );
  }
  return summarizeMeanByTotals(values, { seed, clusters });
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Breakdowns by each difficulty key, on the suite's first proportion or mean metric. */
function breakdowns(
  rows: readonly ReportRow[],
  clusterIds: Uint32Array,
  metric: string,
  seed: number,
): BreakdownRow[] {
  const breakdownMetric = metric === 'pair-accuracy' || metric === 'auc' ? 'accuracy' : metric;
  const keys = new Set(rows.flatMap((row) => Object.keys(row.difficulty)));
  const result: BreakdownRow[] = [];
  for (const key of [...keys].sort()) {
    const groups = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const value = row.difficulty[key];
      if (value === undefined) return;
      const group = groups.get(String(value));
      if (group) group.push(index);
      else groups.set(String(value), [index]);
    });
    const values = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const value of values) {
      const members = groups.get(value) as number[];
      const summary = summarizeMetric(
        breakdownMetric,
        members.map((index) => rows[index] as ReportRow),
        seed,
        members.map((index) => clusterIds[index] as number),
      );
      // A bucket none of whose samples carries the metric (aesthetic questions have no NDCG) says nothing.
      if (summary.n > 0) result.push({ key, value, metric: breakdownMetric, summary });
    }
  }
  return result;
}

/**
 * A run's headline numbers with 95% intervals, the unparseable rate, breakdowns by difficulty,
 * tool use and cost. Deterministic: the same stored results and seed give the same report.
 */
export function summarizeRun(
  store: Store,
  run: RunInfo,
  declared: { headline: string[]; chance: Record<string, number> } | undefined,
  seed = 0,
): RunSummary {
  const rows = readReportRows(store, run.id);
  const errors =
    store.sqlite
      .prepare<[string], { count: number }>(
        "SELECT COUNT(*) AS count FROM eval_results WHERE run_id = ? AND status = 'error'",
      )
      .get(run.id)?.count ?? 0;
  const plan = headlineFor(declared, rows);
  const clusterIds = clusterIdsOf(rows);
  const headline = plan.metrics.map((name) => ({
    name,
    ...summarizeMetric(name, rows, seed, clusterIds),
    ...(plan.chance[name] !== undefined ? { chance: plan.chance[name] } : {}),
  }));
  const toolCounts = new Map<string, number>();
  for (const row of rows)
    for (const tool of new Set(row.usedTools)) toolCounts.set(tool, (toolCounts.get(tool) ?? 0) + 1);
  const latencies = rows
    .map((row) => row.latencyMs)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  return {
    run,
    scored: rows.length,
    errors,
    headline,
    unparseable: rows.length
      ? summarizeProportionByTotals(
          rows.map((row) => row.outcome === 'unparseable'),
          { seed },
        )
      : EMPTY,
    breakdowns: breakdowns(rows, clusterIds, plan.metrics[0] ?? 'accuracy', seed),
    toolUse: [...toolCounts.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([tool, count]) => ({ tool, rate: count / rows.length })),
    usage: {
      inputTokens: rows.reduce((sum, row) => sum + row.inputTokens, 0),
      outputTokens: rows.reduce((sum, row) => sum + row.outputTokens, 0),
      cost: rows.reduce((sum, row) => sum + row.cost, 0),
      latencyP50: quantile(latencies, 0.5),
      latencyP95: quantile(latencies, 0.95),
    },
  };
}
