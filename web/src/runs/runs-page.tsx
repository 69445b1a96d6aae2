import { useState } from 'react';
import { useLocation } from 'wouter';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import type { RunEntry, RunsResponse } from './run-types.ts';
import { SuiteLeaderboard } from './suite-leaderboard.tsx';
import { isPending, usePolledApi } from './use-polled-api.ts';
import './runs.css';

const NO_QUERY = {};

function pollAfter(data: RunsResponse): number | null {
  if (isPending(data) || data.runs.some(isPending)) return 2_000;
  if (data.runs.some((run) => run.status === 'running')) return 10_000;
  return null;
}

/** The leaderboard: every run, grouped by suite, best first; pick two runs of a suite to compare. */
export function RunsPage() {
  const runs = usePolledApi<RunsResponse>('/api/runs', NO_QUERY, pollAfter);
  const [selected, setSelected] = useState<string[]>([]);
  const [, navigate] = useLocation();
  const byId = new Map((runs.data?.runs ?? []).map((run) => [run.id, run]));
  const chosen = selected.flatMap((id) => byId.get(id) ?? []);

  const toggle = (run: RunEntry) =>
    setSelected((current) => {
      if (current.includes(run.id)) return current.filter((id) => id !== run.id);
      // Only runs of one suite compare sample by sample: a run of another suite starts a new pick.
      const sameSuite = current.filter((id) => byId.get(id)?.suite === run.suite);
      return [...sameSuite, run.id].slice(-2);
    });

  const [first, second] = chosen;
  return (
    <div className="runs-area runs-page">
      <div className="toolbar runs-toolbar">
        <h1>Runs</h1>
        {runs.data ? (
          <span className="muted">
            {runs.data.runs.length} runs in {runs.data.suites.length} suites
          </span>
        ) : null}
        <span className="toolbar-spacer" />
        <span className="muted compare-hint" aria-live="polite">
          {first && second
            ? `${first.modelLabel} vs ${second.modelLabel}`
            : first
              ? `pick one more ${first.suite} run`
              : 'tick two runs of a suite to compare them'}
        </span>
        <button
          type="button"
          className="primary"
          data-testid="compare-button"
          disabled={!first || !second}
          onClick={() => {
            if (first && second)
              navigate(`/compare?a=${encodeURIComponent(first.id)}&b=${encodeURIComponent(second.id)}`);
          }}
        >
          Compare
        </button>
      </div>
      {runs.error ? <ErrorBanner error={runs.error} onRetry={runs.reload} /> : null}
      {!runs.data && runs.loading ? (
        <Loading label="Summarising runs (a large run takes a few seconds the first time)" />
      ) : null}
      {runs.data && runs.data.runs.length === 0 ? (
        <EmptyState title="No runs yet">
          <p>
            Run a suite with <code>atelier eval</code>, or <code>atelier demo</code> for every suite with the
            offline baselines.
          </p>
        </EmptyState>
      ) : null}
      {runs.data && runs.data.runs.length > 0 ? (
        <div className="leaderboard" data-testid="runs-table">
          {runs.data.suites.map((group) => (
            <SuiteLeaderboard
              key={group.suite}
              group={group}
              runs={group.runIds.flatMap((id) => byId.get(id) ?? [])}
              selected={selected}
              onToggle={toggle}
            />
          ))}
          <p className="muted small method-note">
            Bars show the first headline metric with its 95% interval (Wilson for proportions; a seeded
            bootstrap, clustered by image or outfit, otherwise); the dashed line is chance. Grey rows are
            baselines, not models.
          </p>
        </div>
      ) : null}
    </div>
  );
}
