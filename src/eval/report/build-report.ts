import { AtelierError } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { compareRuns, type RunComparison } from './compare-runs.ts';
import { type RunInfo, type RunSummary, summarizeRun } from './summarize-run.ts';

export interface SuiteSection {
  suite: string;
  metrics: string[];
  chance: Record<string, number>;
  /** Best first, by the first headline metric. */
  runs: RunSummary[];
  comparisons: RunComparison[];
}

export interface Report {
  generatedAt: string;
  seed: number;
  suites: SuiteSection[];
}

export type DeclaredHeadline = (
  suite: string,
) => { headline: string[]; chance: Record<string, number> } | undefined;

interface RunRow {
  id: string;
  suite: string;
  model: string;
  model_label: string;
  model_kind: string;
  status: string;
  total: number;
  created_at: string;
}

function readRun(store: Store, id: string): RunInfo {
  const row = store.sqlite.prepare<[string], RunRow>('SELECT * FROM eval_runs WHERE id = ?').get(id);
  if (!row) {
    throw new AtelierError('NOT_FOUND', `no run "${id}" in ${store.home}`, {
      hint: '"atelier runs" lists the runs of this home folder.',
    });
  }
  return {
    id: row.id,
    suite: row.suite,
    model: row.model,
    modelLabel: row.model_label,
    modelKind: row.model_kind,
    status: row.status,
    total: row.total,
    createdAt: row.created_at,
  };
}

/** All pairs while they are few; beyond six runs, the leader against each other run. */
function pairsToCompare(runs: readonly RunSummary[]): [string, string][] {
  const ids = runs.map((summary) => summary.run.id);
  if (ids.length <= 6) return ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
  return ids.slice(1).map((b): [string, string] => [ids[0] as string, b]);
}

/**
 * The leaderboard of the given runs, one section per suite: each run's headline numbers with
 * intervals, its breakdowns, and paired comparisons between the runs of the same suite.
 */
export function buildReport(
  store: Store,
  runIds: readonly string[],
  declared: DeclaredHeadline,
  seed = 0,
): Report {
  const bySuite = new Map<string, RunSummary[]>();
  for (const id of new Set(runIds)) {
    const run = readRun(store, id);
    const summary = summarizeRun(store, run, declared(run.suite), seed);
    bySuite.set(run.suite, [...(bySuite.get(run.suite) ?? []), summary]);
  }
  const suites: SuiteSection[] = [];
  for (const [suite, runs] of bySuite) {
    const first = runs[0]!;
    const metrics = first.headline.map((metric) => metric.name);
    const chance = Object.fromEntries(
      first.headline
        .filter((metric) => metric.chance !== undefined)
        .map((metric) => [metric.name, metric.chance as number]),
    );
    const lead = metrics[0];
    const value = (summary: RunSummary) =>
      summary.headline.find((metric) => metric.name === lead)?.estimate ?? Number.NaN;
    runs.sort((x, y) => (Number.isNaN(value(y)) ? -1 : Number.isNaN(value(x)) ? 1 : value(y) - value(x)));
    const comparisons = pairsToCompare(runs)
      .map(([a, b]) => compareRuns(store, a, b, seed))
      .filter((comparison): comparison is RunComparison => comparison !== null);
    suites.push({ suite, metrics, chance, runs, comparisons });
  }
  suites.sort((x, y) => x.suite.localeCompare(y.suite));
  return { generatedAt: new Date().toISOString(), seed, suites };
}
