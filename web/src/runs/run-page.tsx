import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { apiGet } from '../api/client.ts';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { BreakdownTables } from './breakdown-tables.tsx';
import { type OutcomeFilter, parseOutcomeFilter } from './outcome.ts';
import { RunHeader } from './run-header.tsx';
import { RunHeadline } from './run-headline.tsx';
import { RunSampleViewer } from './run-sample-viewer.tsx';
import type { RunDetail, SampleItem, SamplePage } from './run-types.ts';
import { SampleFilters } from './sample-filters.tsx';
import { SampleTable } from './sample-table.tsx';
import { type PageRequest, usePagedRows } from './use-paged-rows.ts';
import { isPending, usePolledApi } from './use-polled-api.ts';
import { useQueryState } from './use-query-state.ts';
import './runs.css';
import './run-page.css';

const NO_QUERY = {};

function pollAfter(run: RunDetail): number | null {
  // A large run is summarised in the background: ask again, a little less often each time.
  if (!run.summary || isPending(run)) return 2_000;
  if (run.status === 'running') return 5_000;
  return null;
}

/** One run: who and what, the headline with intervals, breakdowns, and every sample, page by page. */
export function RunPage({ id }: { id: string }) {
  const [params, update] = useQueryState();
  const outcome = parseOutcomeFilter(params.get('outcome'));
  const text = params.get('q')?.trim() ?? '';
  const sampleId = params.get('sample');
  const run = usePolledApi<RunDetail>(`/api/runs/${encodeURIComponent(id)}`, NO_QUERY, pollAfter);

  // The samples do not wait for the summary: on a large run the list is ready long before it.
  const fetchPage = useCallback(
    ({ offset, limit, after, signal }: PageRequest) =>
      apiGet<SamplePage>(
        `/api/runs/${encodeURIComponent(id)}/samples`,
        { offset, limit, after, outcome, q: text },
        signal,
      ),
    [id, outcome, text],
  );
  const rows = usePagedRows<SampleItem>(`${id}\n${outcome ?? ''}\n${text}`, fetchPage);
  const [scrollTarget, setScrollTarget] = useState<{ index: number; nonce: number } | null>(null);

  // Follow the viewer: when it moves to a sample the list holds, bring that row into view.
  const { indexOf } = rows;
  useEffect(() => {
    if (!sampleId) return;
    const index = indexOf((row) => row.id === sampleId);
    if (index >= 0) setScrollTarget({ index, nonce: Date.now() });
  }, [sampleId, indexOf]);

  const setOutcome = useCallback(
    (next: OutcomeFilter | undefined) => update({ outcome: next ?? null }),
    [update],
  );
  const setText = useCallback((next: string) => update({ q: next }), [update]);
  const open = useCallback((next: string) => update({ sample: next }), [update]);
  const close = useCallback(() => update({ sample: null }), [update]);

  const detail = run.data;
  const muted = detail?.modelKind === 'baseline';
  const headline = detail?.summary?.headline;
  const chance = useMemo(
    () =>
      Object.fromEntries(
        (headline ?? []).flatMap((metric) =>
          metric.chance === undefined ? [] : [[metric.name, metric.chance]],
        ),
      ),
    [headline],
  );
  return (
    <div className={`runs-area run-page ${sampleId ? 'has-viewer' : ''}`} data-testid="run-page">
      {run.error && !detail ? (
        <>
          <ErrorBanner error={run.error} onRetry={run.reload} />
          <p>
            <Link href="/runs">Back to the runs</Link>
          </p>
        </>
      ) : null}
      {!detail && run.loading ? <Loading label="Loading the run" /> : null}
      {detail ? <RunHeader run={detail} /> : null}
      {detail && !detail.summary ? (
        <Loading label="Summarising this run in the background (intervals take a few seconds on a large run)" />
      ) : null}
      {detail?.summary ? (
        <>
          <RunHeadline summary={detail.summary} muted={muted} />
          <BreakdownTables rows={detail.summary.breakdowns} chance={chance} muted={muted} />
        </>
      ) : null}
      {run.error && !detail ? null : (
        <section className="samples-section" aria-label="Samples">
          <h2>Samples</h2>
          <SampleFilters
            outcome={outcome}
            text={text}
            total={rows.total}
            counts={detail?.counts}
            runTotal={detail?.total}
            onOutcome={setOutcome}
            onText={setText}
            onJump={(index) =>
              setScrollTarget({ index: Math.min(index, (rows.total ?? 1) - 1), nonce: Date.now() })
            }
          />
          {rows.error ? <ErrorBanner error={rows.error} onRetry={rows.retry} /> : null}
          {rows.total === 0 ? (
            <p className="muted empty-samples">
              No sample matches{outcome ? ` “${outcome}”` : ''}
              {text ? ` with “${text}”` : ''}.
            </p>
          ) : (
            <SampleTable
              rows={rows}
              selectedId={sampleId}
              onSelect={(sample) => open(sample.id)}
              scrollTarget={scrollTarget}
            />
          )}
        </section>
      )}
      {sampleId ? (
        <RunSampleViewer
          runId={id}
          sampleId={sampleId}
          outcome={outcome}
          text={text}
          onOpen={open}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
