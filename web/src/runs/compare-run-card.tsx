import { Link } from 'wouter';
import { BaselineBadge } from '../components/baseline-badge.tsx';
import { formatPercent, formatRange, formatValue, hasEstimate } from './format.ts';
import { IntervalBar } from './interval-bar.tsx';
import type { CompareRun } from './run-types.ts';

/** One side of a comparison: which run it is and its headline metrics with intervals. */
export function CompareRunCard({ side, run }: { side: 'A' | 'B'; run: CompareRun }) {
  const muted = run.modelKind === 'baseline';
  return (
    <section className="card compare-run-card" aria-label={`Run ${side}`}>
      <div className="compare-run-title">
        <span className={`side-tag side-${side.toLowerCase()}`}>{side}</span>
        <Link href={`/runs/${encodeURIComponent(run.id)}`} className="run-link">
          {run.modelLabel}
        </Link>
        <BaselineBadge kind={run.modelKind} />
      </div>
      <p className="muted small compare-run-sub">
        {run.suite} · <span className="mono">{run.id}</span> · n {run.scored.toLocaleString('en-US')} ·
        unparseable {formatPercent(run.unparseable.estimate)} · errors {run.errors}
      </p>
      <table className="compare-metrics">
        <tbody>
          {run.headline.map((metric) => (
            <tr key={metric.name}>
              <th scope="row">{metric.name}</th>
              <td className="number">
                <strong>{formatValue(metric.estimate)}</strong>
              </td>
              <td className="muted small">{hasEstimate(metric) ? formatRange(metric) : ''}</td>
              <td>
                <IntervalBar summary={metric} chance={metric.chance} muted={muted} width={160} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
