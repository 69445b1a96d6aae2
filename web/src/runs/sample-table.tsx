import { formatValue } from './format.ts';
import { displayOutcome } from './outcome.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import type { SampleItem } from './run-types.ts';
import { SampleThumbnail } from './sample-thumbnail.tsx';
import type { PagedRows } from './use-paged-rows.ts';
import { VirtualRows } from './virtual-rows.tsx';
import './sample-table.css';

interface SampleTableProps {
  rows: PagedRows<SampleItem>;
  selectedId: string | null;
  onSelect: (sample: SampleItem) => void;
  scrollTarget: { index: number; nonce: number } | null;
}

export const SAMPLE_ROW_HEIGHT = 60;

/** The answer a model gave, as the scorer read it; an error row shows the error code instead. */
function extractedText(sample: Pick<SampleItem, 'status' | 'extracted' | 'error'>): string {
  if (sample.status === 'error') return sample.error?.code ?? 'error';
  return sample.extracted ?? '—';
}

/** A run's samples: a virtualised table fed page by page by the server. */
export function SampleTable({ rows, selectedId, onSelect, scrollTarget }: SampleTableProps) {
  return (
    <VirtualRows
      rows={rows}
      rowHeight={SAMPLE_ROW_HEIGHT}
      label="Samples"
      className="sample-table"
      scrollTarget={scrollTarget}
      header={
        <div className="sample-grid sample-header">
          <span className="number">#</span>
          <span>Image</span>
          <span>Question</span>
          <span>Answer</span>
          <span>Truth</span>
          <span>Outcome</span>
          <span className="number">Score</span>
        </div>
      }
      renderPlaceholder={(index) => (
        <div className="sample-grid sample-placeholder" aria-hidden="true">
          <span className="number muted">{index + 1}</span>
          <span className="sample-thumb is-empty" />
          <span className="placeholder-bar" />
        </div>
      )}
      renderRow={(sample) => {
        const outcome = displayOutcome(sample.status, sample.outcome);
        return (
          <button
            type="button"
            className={`sample-grid sample-row ${sample.id === selectedId ? 'is-selected' : ''}`}
            data-testid="sample-row"
            data-sample-id={sample.id}
            data-outcome={outcome}
            aria-current={sample.id === selectedId ? 'true' : undefined}
            aria-label={`Sample ${sample.position}, ${sample.id}: ${outcome}; answered ${extractedText(sample)}, truth ${sample.answer ?? 'none'}`}
            onClick={() => onSelect(sample)}
          >
            <span className="number muted">{sample.position}</span>
            <SampleThumbnail images={sample.images} />
            <span className="sample-question">
              <span className="sample-question-text">{sample.question ?? sample.id}</span>
              <span className="muted sample-id">{sample.id}</span>
            </span>
            <span className="sample-answer" title={sample.outputText ?? undefined}>
              {extractedText(sample)}
            </span>
            <span className="sample-answer">{sample.answer ?? '—'}</span>
            <span>
              <OutcomeBadge status={sample.status} outcome={sample.outcome} />
            </span>
            <span className="number">{formatValue(sample.score, 2)}</span>
          </button>
        );
      }}
    />
  );
}
