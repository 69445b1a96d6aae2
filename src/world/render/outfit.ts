import type { Box } from '../geometry.ts';
import type { Item } from '../item.ts';
import type { Slot } from '../vocabulary.ts';
import { drawItemFragment, type ItemLayout } from './item-fragment.ts';
import { checkedSize, type RenderOptions, svgDocument } from './product-shot.ts';

/**
 * Flat-lay of an outfit: items in disjoint cells of a grid, garments first (they get the large cells),
 * accessories after. Cells never overlap and each item is drawn inside its cell, so no item covers
 * another and every item's ground truth stays valid.
 */

/** Garments before accessories; within each, the order people read an outfit top to bottom. */
const SLOT_RANK: Readonly<Record<Slot, number>> = {
  outerwear: 0,
  'one-piece': 1,
  top: 2,
  bottom: 3,
  hat: 4,
  scarf: 5,
  bag: 6,
  belt: 7,
  shoes: 8,
};
const rank = (item: Item) => SLOT_RANK[item.slot];

function grid(area: Box, columns: number, rows: number, gap: number): Box[] {
  const width = (area.width - gap * (columns - 1)) / columns;
  const height = (area.height - gap * (rows - 1)) / rows;
  const cells: Box[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      cells.push({ x: area.x + column * (width + gap), y: area.y + row * (height + gap), width, height });
    }
  }
  return cells;
}

/** Cells for `count` items; with three, the first (a garment) gets a full-height column. */
export function outfitCells(count: number, size: number): Box[] {
  const margin = size * 0.05;
  const gap = size * 0.04;
  const area = { x: margin, y: margin, width: size - 2 * margin, height: size - 2 * margin };
  if (count <= 1) return [area];
  if (count === 2) return grid(area, 2, 1, gap);
  if (count === 3) {
    const [left, right] = grid(area, 2, 1, gap) as [Box, Box];
    return [left, ...grid(right, 1, 2, gap)];
  }
  if (count === 4) return grid(area, 2, 2, gap);
  const columns = 3;
  return grid(area, columns, Math.ceil(count / columns), gap).slice(0, count);
}

/** The flat-lay and each item's layout, in the order the items were given. */
export function renderOutfit(
  items: readonly Item[],
  options?: RenderOptions,
): { svg: string; layouts: ItemLayout[] } {
  const size = checkedSize(options);
  const order = items.map((_, index) => index).sort((a, b) => rank(items[a]!) - rank(items[b]!) || a - b);
  const cells = outfitCells(items.length, size);
  const layouts: ItemLayout[] = new Array(items.length);
  let body = '';
  order.forEach((itemIndex, position) => {
    // Like a product shot, an item small for its frame may be enlarged to fill its cell.
    const { svg, layout } = drawItemFragment(items[itemIndex]!, cells[position]!, `i${itemIndex}-`, 1.5);
    body += svg;
    layouts[itemIndex] = layout;
  });
  return { svg: svgDocument(size, body), layouts };
}

/** A complete square SVG document of an outfit flat-lay (default 512 px). */
export function renderOutfitSvg(items: readonly Item[], options?: RenderOptions): string {
  return renderOutfit(items, options).svg;
}
