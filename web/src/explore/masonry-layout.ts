export interface MasonrySize {
  width: number | null;
  height: number | null;
}

export interface MasonryPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MasonryLayout {
  columns: number;
  columnWidth: number;
  placements: MasonryPlacement[];
  height: number;
}

export interface MasonryOptions {
  containerWidth: number;
  /** Columns are at least this wide; as many as fit, never fewer than minColumns. */
  minColumnWidth: number;
  minColumns: number;
  gap: number;
  /** Height under each image (title, category, price), the same for every tile. */
  captionHeight: number;
}

/** Tiles are never taller than this many widths, so one odd banner image cannot own a column. */
const MAX_ASPECT = 2.5;

export function imageHeight(size: MasonrySize, columnWidth: number): number {
  const aspect = size.width && size.height ? size.height / size.width : 1;
  return Math.round(columnWidth * Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, aspect)));
}

/**
 * Pinterest's placement: each tile goes into the shortest column so far, sized from its known
 * width and height. Tiles only ever append, so loading the next page never moves a placed tile.
 */
export function masonryLayout(sizes: readonly MasonrySize[], options: MasonryOptions): MasonryLayout {
  const { containerWidth, minColumnWidth, minColumns, gap, captionHeight } = options;
  const columns = Math.max(minColumns, Math.floor((containerWidth + gap) / (minColumnWidth + gap)));
  const columnWidth = Math.max(1, (containerWidth - gap * (columns - 1)) / columns);
  const heights = new Array<number>(columns).fill(0);
  const placements = sizes.map((size) => {
    let column = 0;
    for (let index = 1; index < columns; index++) {
      if ((heights[index] ?? 0) < (heights[column] ?? 0)) column = index;
    }
    const height = imageHeight(size, columnWidth) + captionHeight;
    const y = heights[column] ?? 0;
    heights[column] = y + height + gap;
    return { x: column * (columnWidth + gap), y, width: columnWidth, height };
  });
  return { columns, columnWidth, placements, height: Math.max(0, Math.max(...heights) - gap) };
}
