import { memo } from 'react';
import { Link } from 'wouter';
import { BaselineBadge } from '../components/baseline-badge.tsx';
import { formatCost, formatCount, formatDate, formatMilliseconds } from './format.ts';
import type { RunDetail } from './run-types.ts';
import { StatusBadge } from './status-badge.tsx';

function settingText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who ran what: the model, the suite and its configuration, how far the run got and what it cost. */
export const RunHeader = memo(function RunHeader({ run }: { run: RunDetail }) {
  const { counts } = run;
  const usage = run.summary?.usage;
  const settings = [
    ...Object.entries(run.suiteConfig).filter(([key]) => key !== 'options'),
    ...Object.entries(run.suiteConfig.options ?? {}),
    ...Object.entries(run.settings),
  ];
  return (
    <header className="card run-header">
      <div className="breadcrumbs">
        <Link href="/runs">Runs</Link> / {run.suite}
      </div>
      <div className="run-title">
        <h1>{run.modelLabel}</h1>
        <BaselineBadge kind={run.modelKind} />
        <StatusBadge status={run.status} />
      </div>
      <p className="muted run-subtitle">
        <span className="mono">{run.model}</span> on <strong>{run.suite}</strong> ·{' '}
        <span className="mono">{run.id}</span> · started {formatDate(run.createdAt)}
      </p>
      <dl className="run-counts">
        <div>
          <dt>samples</dt>
          <dd>
            {formatCount(counts.done + counts.error)}
            {counts.done + counts.error < run.total ? (
              <span className="muted"> of {formatCount(run.total)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>scored</dt>
          <dd>{formatCount(counts.scored)}</dd>
        </div>
        <div>
          <dt>correct</dt>
          <dd className="count-correct">{formatCount(counts.correct)}</dd>
        </div>
        <div>
          <dt>wrong</dt>
          <dd className="count-wrong">{formatCount(counts.wrong)}</dd>
        </div>
        <div>
          <dt>unparseable</dt>
          <dd className="count-unparseable">{formatCount(counts.unparseable)}</dd>
        </div>
        <div>
          <dt>errors</dt>
          <dd className={counts.error > 0 ? 'count-wrong' : ''}>{formatCount(counts.error)}</dd>
        </div>
        <div>
          <dt>tokens in / out</dt>
          <dd>
            {formatCount(counts.inputTokens)} / {formatCount(counts.outputTokens)}
          </dd>
        </div>
        <div>
          <dt>cost</dt>
          <dd>{formatCost(counts.cost)}</dd>
        </div>
        <div>
          <dt>latency p50 / p95</dt>
          <dd>
            {usage
              ? `${formatMilliseconds(usage.latencyP50)} / ${formatMilliseconds(usage.latencyP95)}`
              : '…'}
          </dd>
        </div>
      </dl>
      {settings.length > 0 ? (
        <dl className="run-settings">
          {settings.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd className="mono">{settingText(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </header>
  );
});
