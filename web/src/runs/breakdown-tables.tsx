import { memo } from 'react';
import { compareValues, formatRange, formatValue, hasEstimate } from './format.ts';
import { IntervalBar } from './interval-bar.tsx';
import type { BreakdownRow } from './run-types.ts';

interface BreakdownTablesProps {
  rows: readonly BreakdownRow[];
  chance: Record<string, number>;
  muted: boolean;
}

function BreakdownTable({ name, rows, chance, muted }: { name: string } & BreakdownTablesProps) {
  const metrics = new Set(rows.map((row) => row.metric));
  // One metric (the usual case) is named in the heading instead of repeated on every row.
  const single = metrics.size === 1 ? [...metrics][0] : undefined;
  const sorted = [...rows].sort(
    (left, right) => compareValues(left.value, right.value) || compareValues(left.metric, right.metric),
  );
  return (
    <div className="card breakdown-card">
      <table className="data-table breakdown-table" data-testid="breakdown-table">
        <thead>
          <tr>
            <th scope="col">{name}</th>
            {single ? null : <th scope="col">metric</th>}
            <th scope="col" className="number">
              {single ?? 'estimate'}
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className="number">
              n
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={`${row.value}\u0000${row.metric}`}>
              <th scope="row">{row.value}</th>
              {single ? null : <td className="muted">{row.metric}</td>}
              <td className="number">{formatValue(row.summary.estimate)}</td>
              <td>
                <span className="breakdown-interval">
                  <IntervalBar summary={row.summary} chance={chance[row.metric]} muted={muted} width={110} />
                  <span className="muted small">
                    {hasEstimate(row.summary) ? formatRange(row.summary) : '—'}
                  </span>
                </span>
              </td>
              <td className="number">{row.summary.n.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One table per difficulty key (detail size, attribute, resolution…), each value with its interval. */
export const BreakdownTables = memo(function BreakdownTables({ rows, chance, muted }: BreakdownTablesProps) {
  const byKey = new Map<string, BreakdownRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  if (byKey.size === 0) return null;
  return (
    <section className="breakdowns" aria-label="Breakdowns">
      <h2>Breakdown by difficulty</h2>
      <div className="breakdown-grid">
        {[...byKey.entries()].map(([key, members]) => (
          <BreakdownTable key={key} name={key} rows={members} chance={chance} muted={muted} />
        ))}
      </div>
    </section>
  );
});
