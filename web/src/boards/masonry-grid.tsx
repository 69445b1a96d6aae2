import { type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';

interface MasonryGridProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** Height over width of the item's image; the card's size is known before its bytes arrive. */
  aspect: (item: T) => number;
  renderItem: (item: T) => ReactNode;
  minColumnWidth?: number;
  gap?: number;
  /** Height of the caption under each image, in pixels, counted when choosing a column. */
  captionHeight?: number;
  testId?: string;
}

/**
 * Pinterest-style columns: each card goes into the column that is shortest so far, judged by the
 * images' known sizes, so the placement is final on the first paint and never reshuffles as images
 * load. The column count follows the container's width.
 */
export function MasonryGrid<T>({
  items,
  itemKey,
  aspect,
  renderItem,
  minColumnWidth = 180,
  gap = 12,
  captionHeight = 48,
  testId,
}: MasonryGridProps<T>) {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  // Measured before paint, so the first frame already has the right number of columns.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const columnCount = Math.max(2, Math.floor((width + gap) / (minColumnWidth + gap)));
  const columns = useMemo(() => {
    const columnWidth = width > 0 ? (width - gap * (columnCount - 1)) / columnCount : minColumnWidth;
    const heights = new Array<number>(columnCount).fill(0);
    const placed: T[][] = Array.from({ length: columnCount }, () => []);
    for (const item of items) {
      let shortest = 0;
      for (let column = 1; column < columnCount; column++) {
        if (heights[column]! < heights[shortest]!) shortest = column;
      }
      placed[shortest]!.push(item);
      heights[shortest]! += columnWidth * aspect(item) + captionHeight + gap;
    }
    return placed;
  }, [items, aspect, columnCount, width, gap, captionHeight, minColumnWidth]);

  return (
    <div ref={container} className="board-masonry" style={{ gap }} data-testid={testId}>
      {columns.map((column, index) => (
        // Columns are positions, not identities: index is the right key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <ul className="board-masonry-column" style={{ gap }} key={index}>
          {column.map((item) => (
            <li key={itemKey(item)}>{renderItem(item)}</li>
          ))}
        </ul>
      ))}
    </div>
  );
}
