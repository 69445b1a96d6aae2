import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { apiGet } from '../api/client.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorBanner } from '../components/error-banner.tsx';
import { Loading } from '../components/loading.tsx';
import { CompareRunCard } from './compare-run-card.tsx';
import { CompareSampleViewer } from './compare-sample-viewer.tsx';
import { CompareTable } from './compare-table.tsx';
import { formatCount } from './format.ts';
import { PairedStats } from './paired-stats.tsx';
import type { CompareItem, CompareResponse } from './run-types.ts';
import { type PageRequest, usePagedRows } from './use-paged-rows.ts';
import { useQueryState } from './use-query-state.ts';
import './runs.css';
import './run-page.css';
import './compare.css';

const FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'disagree', label: 'Disagree' },
  { value: 'a-better', label: 'A better' },
  { value: 'b-better', label: 'B better' },
  { value: 'both-wrong', label: 'Both wrong' },
] as const;
type CompareFilter = (typeof FILTERS)[number]['value'];

function parseFilter(value: string | null): CompareFilter {
  return FILTERS.find((filter) => filter.value === value)?.value ?? 'all';
}

type CompareMeta = Pick<CompareResponse, 'a' | 'b' | 'comparison'>;

/** Two runs of a suite, sample by sample: headlines, paired statistics, and where they differ. */
export function ComparePage() {
  const [params, update] = useQueryState();
  const runA = params.get('a') ?? '';
  const runB = params.get('b') ?? '';
  const filter = parseFilter(params.get('filter'));
  const sampleId = params.get('sample');
  const [meta, setMeta] = useState<CompareMeta>();
  const metaFor = useRef('');

  // Every page carries both headlines and the paired statistics: the first answer fills the header.
  const fetchPage = useCallback(
    async ({ offset, limit, signal }: PageRequest) => {
      const page = await apiGet<CompareResponse>(
        '/api/compare',
        { a: runA, b: runB, offset, limit, filter },
        signal,
      );
      if (metaFor.current !== `${runA}\n${runB}`) {
        metaFor.current = `${runA}\n${runB}`;
        setMeta({ a: page.a, b: page.b, comparison: page.comparison });
      }
      return page;
    },
    [runA, runB, filter],
  );
  const rows = usePagedRows<CompareItem>(`${runA}\n${runB}\n${filter}`, fetchPage, {
    keyset: false,
    enabled: runA !== '' && runB !== '',
  });
  const [scrollTarget, setScrollTarget] = useState<{ index: number; nonce: number } | null>(null);
  const { indexOf, rowAt } = rows;
  const selectedIndex = sampleId ? indexOf((row) => row.id === sampleId) : -1;

  useEffect(() => {
    if (selectedIndex >= 0) setScrollTarget({ index: selectedIndex, nonce: Date.now() });
  }, [selectedIndex]);

  const open = useCallback((next: string) => update({ sample: next }), [update]);
  const neighbour = (step: number) => {
    const row = selectedIndex >= 0 ? rowAt(selectedIndex + step) : undefined;
    return row ? () => open(row.id) : undefined;
  };

  if (!runA || !runB) {
    return (
      <div className="runs-area compare-page" data-testid="compare-page">
        <EmptyState title="Pick two runs to compare">
          <p>
            On <Link href="/runs">Runs</Link>, tick two runs of the same suite and press Compare.
          </p>
        </EmptyState>
      </div>
    );
  }

  const current = meta && meta.a.id === runA && meta.b.id === runB ? meta : undefined;
  return (
    <div className={`runs-area compare-page ${sampleId ? 'has-viewer' : ''}`} data-testid="compare-page">
      <div className="breadcrumbs">
        <Link href="/runs">Runs</Link> / compare
      </div>
      <div className="toolbar">
        <h1>Compare</h1>
        {current ? <span className="muted">{current.a.suite}</span> : null}
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => update({ a: runB, b: runA, sample: null })}>
          Swap A and B
        </button>
      </div>
      {current && current.a.suite !== current.b.suite ? (
        <p className="error-banner" role="note">
          These runs are of different suites ({current.a.suite}, {current.b.suite}): only samples with the
          same id are paired.
        </p>
      ) : null}
      {current ? (
        <>
          <div className="compare-cards">
            <CompareRunCard side="A" run={current.a} />
            <CompareRunCard side="B" run={current.b} />
          </div>
          <PairedStats comparison={current.comparison} a={current.a} b={current.b} />
        </>
      ) : rows.error ? null : (
        <Loading label="Pairing the two runs" />
      )}
      <section className="samples-section" aria-label="Samples of both runs">
        <h2>Samples</h2>
        <div className="toolbar sample-filters">
          <fieldset className="outcome-filter" data-testid="compare-filter">
            <legend className="visually-hidden">Show</legend>
            {FILTERS.map((option) => (
              <button
                key={option.value}
                type="button"
                data-testid={`compare-filter-${option.value}`}
                className={filter === option.value ? 'is-active' : ''}
                aria-pressed={filter === option.value}
                onClick={() => update({ filter: option.value === 'all' ? null : option.value, sample: null })}
              >
                {option.label}
              </button>
            ))}
          </fieldset>
          <span className="toolbar-spacer" />
          <span className="muted" aria-live="polite">
            <span data-testid="compare-count" data-count={rows.total ?? ''}>
              {rows.total === undefined ? '…' : formatCount(rows.total)}
            </span>{' '}
            sample{rows.total === 1 ? '' : 's'}
          </span>
        </div>
        {rows.error ? <ErrorBanner error={rows.error} onRetry={rows.retry} /> : null}
        {rows.total === 0 ? (
          <p className="muted empty-samples">No sample in this view.</p>
        ) : (
          <CompareTable
            rows={rows}
            selectedId={sampleId}
            onSelect={(item) => open(item.id)}
            scrollTarget={scrollTarget}
          />
        )}
      </section>
      {sampleId ? (
        <CompareSampleViewer
          a={current?.a}
          b={current?.b}
          runA={runA}
          runB={runB}
          sampleId={sampleId}
          onPrevious={neighbour(-1)}
          onNext={neighbour(1)}
          onClose={() => update({ sample: null })}
        />
      ) : null}
    </div>
  );
}
