import type { Store } from '../../store/index.ts';
import {
  aucInterval,
  type MetricSummary,
  rocAuc,
  summarizeMean,
  summarizeProportion,
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

function clustersOf(rows: readonly ReportRow[]): string[] {
  return rows.map((row) => row.cluster ?? row.sampleId);
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

export function summarizeMetric(name: string, rows: readonly ReportRow[], seed: number): MetricSummary {
  if (rows.length === 0) return EMPTY;
  if (name === 'accuracy') {
    return summarizeProportion(
      rows.map((row) => row.outcome === 'correct'),
      { seed, clusters: clustersOf(rows) },
    );
  }
  if (name === 'pair-accuracy') {
    const successes = pairSuccesses(rows);
    return successes.length ? summarizeProportion(successes, { seed }) : EMPTY;
  }
  if (name === 'auc') {
    const judged = rows.filter((row) => row.answer === 'yes' || row.answer === 'no');
    const labels = judged.map((row) => row.answer === 'yes');
    // An unreadable answer carries no ranking information: it sits at ½, between the classes.
    const scores = judged.map((row) => row.prediction ?? 0.5);
    const estimate = rocAuc(labels, scores);
    if (Number.isNaN(estimate)) return EMPTY;
    const clusters = clustersOf(judged);
    const interval = aucInterval(labels, scores, { seed, clusters });
    return {
      estimate,
      low: interval.low,
      high: interval.high,
      n: judged.length,
      clusters: new Set(clusters).size,
      method: new Set(clusters).size === judged.length ? 'bootstrap' : 'cluster-bootstrap',
    };
  }
  const measured = rows.filter((row) => Number.isFinite(row.metrics[name]));
  if (measured.length === 0) return EMPTY;
  // A right/wrong metric (tool-use outcome, hit@5) is a proportion: Wilson keeps its interval honest
  // at 0% or 100%, where a bootstrap of identical values would claim [0, 0].
  if (measured.every((row) => row.metrics[name] === 0 || row.metrics[name] === 1)) {
    return summarizeProportion(
      measured.map((row) => row.metrics[name] === 1),
      { seed, clusters: clustersOf(measured) },
    );
  }
  return summarizeMean(
    measured.map((row) => row.metrics[name] as number),
    { seed, clusters: clustersOf(measured) },
  );
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Breakdowns by each difficulty key, on the suite's first proportion or mean metric. */
function breakdowns(rows: readonly ReportRow[], metric: string, seed: number): BreakdownRow[] {
  const breakdownMetric = metric === 'pair-accuracy' || metric === 'auc' ? 'accuracy' : metric;
  const keys = new Set(rows.flatMap((row) => Object.keys(row.difficulty)));
  const result: BreakdownRow[] = [];
  for (const key of [...keys].sort()) {
    const groups = new Map<string, ReportRow[]>();
    for (const row of rows) {
      const value = row.difficulty[key];
      if (value === undefined) continue;
      const group = groups.get(String(value)) ?? [];
      group.push(row);
      groups.set(String(value), group);
    }
    const values = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const value of values) {
      const summary = summarizeMetric(breakdownMetric, groups.get(value)!, seed);
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
  const headline = plan.metrics.map((name) => ({
    name,
    ...summarizeMetric(name, rows, seed),
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
      ? summarizeProportion(
          rows.map((row) => row.outcome === 'unparseable'),
          { seed },
        )
      : EMPTY,
    breakdowns: breakdowns(rows, plan.metrics[0] ?? 'accuracy', seed),
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
