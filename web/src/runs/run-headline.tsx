import { memo } from 'react';
import { formatPercent, formatRange, formatValue, hasEstimate } from './format.ts';
import { IntervalAxis, IntervalBar } from './interval-bar.tsx';
import type { RunSummary } from './run-types.ts';

const METHODS: Record<string, string> = {
  wilson: 'Wilson interval',
  bootstrap: 'bootstrap',
  'cluster-bootstrap': 'cluster bootstrap',
};

/** The run's headline metrics, each with its 95% interval, the method behind it, and chance. */
export const RunHeadline = memo(function RunHeadline({
  summary,
  muted,
}: {
  summary: RunSummary;
  muted: boolean;
}) {
  return (
    <section className="run-headline" data-testid="run-headline" aria-label="Headline metrics">
      {summary.headline.map((metric) => (
        <div key={metric.name} className="card metric-card">
          <div className="metric-name">{metric.name}</div>
          <div className="metric-value">{formatValue(metric.estimate)}</div>
          <div className="muted small">
            {hasEstimate(metric) ? `95% ${formatRange(metric)}` : 'no estimate'} · n{' '}
            {metric.n.toLocaleString('en-US')}
            {metric.clusters !== metric.n ? ` in ${metric.clusters.toLocaleString('en-US')} clusters` : ''}
          </div>
          <IntervalBar summary={metric} chance={metric.chance} muted={muted} width={220} />
          <IntervalAxis width={220} />
          <div className="muted small">
            {METHODS[metric.method] ?? metric.method}
            {metric.chance === undefined ? '' : ` · chance ${formatValue(metric.chance)} (dashed)`}
          </div>
        </div>
      ))}
      <div className="card metric-card">
        <div className="metric-name">unparseable</div>
        <div className="metric-value">{formatPercent(summary.unparseable.estimate)}</div>
        <div className="muted small">
          {hasEstimate(summary.unparseable)
            ? `95% [${formatPercent(summary.unparseable.low)}, ${formatPercent(summary.unparseable.high)}]`
            : 'no estimate'}{' '}
          · answers no scorer could read, never replaced by a guess
        </div>
      </div>
      {summary.toolUse.length > 0 ? (
        <div className="card metric-card">
          <div className="metric-name">tool use</div>
          <ul className="tool-use-list">
            {summary.toolUse.map((entry) => (
              <li key={entry.tool}>
                <code>{entry.tool}</code> in {formatPercent(entry.rate, 0)} of samples
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
});
