import { displayOutcome } from './outcome.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import type { CompareItem, CompareSide } from './run-types.ts';
import { SampleThumbnail } from './sample-thumbnail.tsx';
import type { PagedRows } from './use-paged-rows.ts';
import { VirtualRows } from './virtual-rows.tsx';
import './sample-table.css';

interface CompareTableProps {
  rows: PagedRows<CompareItem>;
  selectedId: string | null;
  onSelect: (item: CompareItem) => void;
  scrollTarget: { index: number; nonce: number } | null;
}

export const COMPARE_ROW_HEIGHT = 76;

function SideCell({ side }: { side: CompareSide }) {
  const output = side.outputText ?? side.error?.message ?? '';
  return (
    <span className="compare-side">
      <span className="compare-side-head">
        <OutcomeBadge status={side.status} outcome={side.outcome} />
        <span className="sample-answer">
          {side.status === 'error' ? (side.error?.code ?? 'error') : (side.extracted ?? '—')}
        </span>
      </span>
      {/* The raw output only when it says more than the extracted answer. */}
      {output.trim() !== (side.extracted ?? '').trim() ? (
        <span className="compare-output">{output}</span>
      ) : null}
    </span>
  );
}

/** Two runs on the same samples, row by row: the shared question and truth, then each run's answer. */
export function CompareTable({ rows, selectedId, onSelect, scrollTarget }: CompareTableProps) {
  return (
    <VirtualRows
      rows={rows}
      rowHeight={COMPARE_ROW_HEIGHT}
      label="Samples of both runs"
      className="compare-table"
      scrollTarget={scrollTarget}
      header={
        <div className="compare-grid sample-header">
          <span className="number">#</span>
          <span>Image</span>
          <span>Question</span>
          <span>Truth</span>
          <span>A</span>
          <span>B</span>
        </div>
      }
      renderPlaceholder={(index) => (
        <div className="compare-grid sample-placeholder" aria-hidden="true">
          <span className="number muted">{index + 1}</span>
          <span className="sample-thumb is-empty" />
          <span className="placeholder-bar" />
        </div>
      )}
      renderRow={(item) => (
        <button
          type="button"
          className={`compare-grid sample-row ${item.id === selectedId ? 'is-selected' : ''}`}
          data-testid="compare-row"
          data-sample-id={item.id}
          data-outcome-a={displayOutcome(item.a.status, item.a.outcome)}
          data-outcome-b={displayOutcome(item.b.status, item.b.outcome)}
          aria-current={item.id === selectedId ? 'true' : undefined}
          aria-label={`Sample ${item.position}, ${item.id}: A ${displayOutcome(item.a.status, item.a.outcome)}, B ${displayOutcome(item.b.status, item.b.outcome)}`}
          onClick={() => onSelect(item)}
        >
          <span className="number muted">{item.position}</span>
          <SampleThumbnail images={item.images} />
          <span className="sample-question">
            <span className="sample-question-text">{item.question ?? item.id}</span>
            <span className="muted sample-id">{item.id}</span>
          </span>
          <span className="sample-answer">{item.answer ?? '—'}</span>
          <SideCell side={item.a} />
          <SideCell side={item.b} />
        </button>
      )}
    />
  );
}
