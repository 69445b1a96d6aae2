import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { BaselineBadge } from '../components/baseline-badge.tsx';
import { formatCount, formatDate, formatPercent, formatRange, formatValue, hasEstimate } from './format.ts';
import { IntervalAxis, IntervalBar } from './interval-bar.tsx';
import type { RunEntry, SuiteGroup } from './run-types.ts';
import { SortHeader, type SortState } from './sort-header.tsx';
import { StatusBadge } from './status-badge.tsx';

interface SuiteLeaderboardProps {
  group: SuiteGroup;
  runs: RunEntry[];
  selected: readonly string[];
  onToggle: (run: RunEntry) => void;
}

const BAR_WIDTH = 200;

function sortValue(run: RunEntry, column: string, metrics: readonly string[]): number | string {
  if (column === 'model') return run.modelLabel.toLowerCase();
  if (column === 'n') return run.scored;
  if (column === 'unparseable') return run.unparseable?.estimate ?? Number.NEGATIVE_INFINITY;
  if (column === 'errors') return run.errors;
  if (column === 'status') return run.status;
  if (column === 'created') return run.createdAt;
  const name = column.startsWith('metric:') ? column.slice('metric:'.length) : metrics[0];
  const metric = run.headline?.find((entry) => entry.name === name);
  return hasEstimate(metric) ? metric.estimate : Number.NEGATIVE_INFINITY;
}

/** One suite's runs: the headline metric drawn with its interval on a shared 0–1 axis, chance dashed. */
export function SuiteLeaderboard({ group, runs, selected, onToggle }: SuiteLeaderboardProps) {
  const [sort, setSort] = useState<SortState>({ column: 'rank', descending: false });
  const [lead, ...rest] = group.metrics;
  const ordered = useMemo(() => {
    if (sort.column === 'rank') return runs;
    const sorted = [...runs].sort((left, right) => {
      const a = sortValue(left, sort.column, group.metrics);
      const b = sortValue(right, sort.column, group.metrics);
      const order =
        typeof a === 'string' && typeof b === 'string' ? a.localeCompare(b) : Number(a) - Number(b);
      return sort.descending ? -order : order;
    });
    return sorted;
  }, [runs, sort, group.metrics]);
  const header = (column: string, label: string, className?: string, numeric = false) => (
    <SortHeader
      key={column}
      column={column}
      label={label}
      sort={sort}
      onSort={setSort}
      className={className}
      firstDescending={numeric}
    />
  );

  return (
    <section className="card suite-board" aria-labelledby={`suite-${group.suite}`}>
      <header className="suite-board-header">
        <h2 id={`suite-${group.suite}`}>{group.suite}</h2>
        <span className="muted">
          {runs.length} run{runs.length === 1 ? '' : 's'}
          {Object.entries(group.chance).length > 0
            ? ` · chance ${Object.entries(group.chance)
                .map(([name, value]) => `${name} ${formatValue(value)}`)
                .join(', ')}`
            : ''}
        </span>
      </header>
      <div className="table-scroll">
        <table className="data-table leaderboard-table">
          <thead>
            <tr>
              <th className="select-column">
                <span className="visually-hidden">Select for comparison</span>
              </th>
              {header('rank', '#', 'number rank-column')}
              {header('model', 'Model')}
              {lead ? (
                <th className="lead-metric" aria-sort={ariaSort(sort, `metric:${lead}`)}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort((current) => ({
                        column: `metric:${lead}`,
                        descending: current.column === `metric:${lead}` ? !current.descending : true,
                      }))
                    }
                  >
                    {lead} <span className="muted">95% interval</span>
                    {sort.column === `metric:${lead}` ? (sort.descending ? ' ↓' : ' ↑') : ''}
                  </button>
                  <IntervalAxis width={BAR_WIDTH} />
                </th>
              ) : null}
              {rest.map((name) => header(`metric:${name}`, name, 'number', true))}
              {header('n', 'n', 'number', true)}
              {header('unparseable', 'Unparseable', 'number', true)}
              {header('errors', 'Errors', 'number', true)}
              {header('status', 'Status')}
            </tr>
          </thead>
          <tbody>
            {ordered.map((run) => {
              const baseline = run.modelKind === 'baseline';
              const leadMetric = run.headline?.find((metric) => metric.name === lead);
              const rank = group.runIds.indexOf(run.id) + 1;
              const isSelected = selected.includes(run.id);
              return (
                <tr
                  key={run.id}
                  data-testid="run-row"
                  data-run-id={run.id}
                  className={`${baseline ? 'is-baseline' : ''} ${isSelected ? 'is-selected' : ''}`}
                >
                  <td className="select-column">
                    <input
                      type="checkbox"
                      checked={isSelected}
                      onChange={() => onToggle(run)}
                      aria-label={`Select ${run.modelLabel} for comparison`}
                    />
                  </td>
                  <td className="number rank-column muted">{rank > 0 ? rank : ''}</td>
                  <td className="model-cell">
                    <Link href={`/runs/${encodeURIComponent(run.id)}`} className="run-link">
                      {run.modelLabel}
                    </Link>{' '}
                    <BaselineBadge kind={run.modelKind} />
                    <div className="muted small">
                      {run.model} · {formatDate(run.createdAt)}
                    </div>
                  </td>
                  {lead ? (
                    <td className="lead-metric">
                      {run.pending ? (
                        // The empty bar below keeps the row's height while the summary is computed.
                        <div className="lead-value muted">computing intervals…</div>
                      ) : (
                        <div className="lead-value">
                          <strong>{formatValue(leadMetric?.estimate)}</strong>
                          {hasEstimate(leadMetric) ? (
                            <span className="muted small"> {formatRange(leadMetric)}</span>
                          ) : null}
                        </div>
                      )}
                      <IntervalBar
                        summary={leadMetric}
                        chance={group.chance[lead]}
                        muted={baseline}
                        width={BAR_WIDTH}
                      />
                    </td>
                  ) : null}
                  {rest.map((name) => {
                    const metric = run.headline?.find((entry) => entry.name === name);
                    return (
                      <td key={name} className="number">
                        {formatValue(metric?.estimate)}
                        {hasEstimate(metric) ? (
                          <div className="muted small">{formatRange(metric)}</div>
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="number">{formatCount(run.scored)}</td>
                  <td className="number">{formatPercent(run.unparseable?.estimate)}</td>
                  <td className={`number ${run.errors > 0 ? 'has-errors' : ''}`}>
                    {formatCount(run.errors)}
                  </td>
                  <td>
                    <StatusBadge status={run.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ariaSort(sort: SortState, column: string): 'ascending' | 'descending' | undefined {
  if (sort.column !== column) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}
