import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import type { PagedRows } from './use-paged-rows.ts';

interface VirtualRowsProps<T> {
  rows: PagedRows<T>;
  rowHeight: number;
  /** The column headings, kept above the scrolling rows. */
  header: ReactNode;
  renderRow: (row: T, index: number) => ReactNode;
  /** A row whose page has not arrived: a quiet placeholder of the same height, so nothing jumps. */
  renderPlaceholder: (index: number) => ReactNode;
  /** Scroll this row into view when it changes (a jump, or the viewer moving to the next sample). */
  scrollTarget: { index: number; nonce: number } | null;
  label: string;
  className?: string;
}

/**
 * A table of any length drawn a screenful at a time: only the visible rows (plus a few) are in the
 * DOM, and the pages behind them are fetched once scrolling settles for a moment, so dragging the
 * scrollbar across 100,000 rows does not fire a request per row passed.
 */
export function VirtualRows<T>({
  rows,
  rowHeight,
  header,
  renderRow,
  renderPlaceholder,
  scrollTarget,
  label,
  className,
}: VirtualRowsProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { show, total } = rows;

  useEffect(() => {
    if (total === undefined || total === 0) return;
    const timer = window.setTimeout(() => show(first, last), 60);
    return () => window.clearTimeout(timer);
  }, [first, last, total, show]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [rows.key]);

  useEffect(() => {
    if (scrollTarget && scrollTarget.index >= 0)
      virtualizer.scrollToIndex(scrollTarget.index, { align: 'auto' });
  }, [scrollTarget, virtualizer]);

  return (
    <div className={`virtual-table ${className ?? ''}`}>
      <div className="virtual-header" aria-hidden="true">
        {header}
      </div>
      <div ref={scroller} className="virtual-scroller">
        <ul className="virtual-space" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            return (
              <li
                key={item.key}
                className="virtual-row"
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {row === undefined ? renderPlaceholder(item.index) : renderRow(row, item.index)}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
