import type { SuiteSection } from './build-report.ts';
import { formatInterval, formatPValue, formatValue } from './format-number.ts';

/** A table as both renderers draw it: the numbers are formatted once, here. */
export interface ReportTable {
  title?: string;
  header: string[];
  rows: string[][];
}

export const METHOD_NOTE =
  '95% intervals: Wilson for proportions of independent samples; otherwise a seeded percentile bootstrap ' +
  '(2,000 resamples), resampling whole clusters where samples share an image or outfit.';

export const BASELINE_NOTE =
  'Rows of kind "baseline" are baselines (random, oracle, blind, rule-based, embedding kNN), not models.';

export function leaderboardTable(section: SuiteSection): ReportTable {
  const rows = section.runs.map((summary) => [
    summary.run.modelLabel,
    summary.run.modelKind,
    String(summary.scored),
    ...section.metrics.map((name) => {
      const metric = summary.headline.find((entry) => entry.name === name);
      return metric ? formatInterval(metric) : '—';
    }),
    formatInterval(summary.unparseable),
    String(summary.errors),
  ]);
  if (Object.keys(section.chance).length > 0) {
    rows.push([
      'chance',
      'baseline',
      '',
      ...section.metrics.map((name) =>
        section.chance[name] !== undefined ? formatValue(section.chance[name]) : '—',
      ),
      '',
      '',
    ]);
  }
  return { header: ['model', 'kind', 'n', ...section.metrics, 'unparseable', 'errors'], rows };
}

export function breakdownTable(section: SuiteSection): ReportTable | undefined {
  const keys = new Map<string, string>();
  for (const summary of section.runs) {
    for (const row of summary.breakdowns) keys.set(`${row.key}\u0000${row.value}`, row.metric);
  }
  if (keys.size === 0) return undefined;
  const rows = [...keys.entries()].map(([composite, metric]) => {
    const [key, value] = composite.split('\u0000') as [string, string];
    return [
      key,
      value,
      metric,
      ...section.runs.map((summary) => {
        const found = summary.breakdowns.find((row) => row.key === key && row.value === value);
        return found ? `${formatInterval(found.summary)} (n=${found.summary.n})` : '—';
      }),
    ];
  });
  return {
    title: 'Breakdown by difficulty',
    header: ['difficulty', 'value', 'metric', ...section.runs.map((summary) => summary.run.modelLabel)],
    rows,
  };
}

export function comparisonTable(section: SuiteSection): ReportTable | undefined {
  if (section.comparisons.length === 0) return undefined;
  const label = (id: string) => section.runs.find((summary) => summary.run.id === id)?.run.modelLabel ?? id;
  return {
    title: 'Paired comparisons (B − A on the samples both scored)',
    header: [
      'A',
      'B',
      'paired n',
      'Δ mean score [95% CI]',
      'p (paired bootstrap)',
      'only A right / only B right',
      'McNemar p',
    ],
    rows: section.comparisons.map((comparison) => [
      label(comparison.a),
      label(comparison.b),
      String(comparison.paired),
      `${formatValue(comparison.score.difference)} [${formatValue(comparison.score.low)}, ${formatValue(comparison.score.high)}]`,
      formatPValue(comparison.score.pValue, comparison.score.resamples),
      `${comparison.mcnemar.b} / ${comparison.mcnemar.c}`,
      `${formatPValue(comparison.mcnemar.pValue)} (${comparison.mcnemar.method})`,
    ]),
  };
}

export function toolUseLines(section: SuiteSection): string[] {
  return section.runs
    .filter((summary) => summary.toolUse.length > 0)
    .map(
      (summary) =>
        `${summary.run.modelLabel}: ${summary.toolUse.map((entry) => `${entry.tool} in ${(entry.rate * 100).toFixed(0)}% of samples`).join(', ')}`,
    );
}
