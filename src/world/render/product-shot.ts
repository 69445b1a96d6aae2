import { AtelierError } from '../../core/index.ts';
import type { Item } from '../item.ts';
import { drawItemFragment, type ItemLayout } from './item-fragment.ts';
import { PRODUCT_BACKGROUND } from './tones.ts';

export interface RenderOptions {
  /** Width and height of the square image in pixels (default 512). */
  size?: number;
}

export const DEFAULT_SIZE = 512;
const MAX_SIZE = 8192;

/** The share of the picture left empty on each side of a product shot. */
const MARGIN = 0.07;

/**
 * How much a product shot may enlarge an item that is small for its category's frame (a mini skirt,
 * a beanie): enough to fill the picture, not so much that a cropped hem looks like a full one.
 */
const PRODUCT_ZOOM = 1.5;

export function checkedSize(options: RenderOptions | undefined): number {
  const size = options?.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 32 || size > MAX_SIZE) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `image size must be an integer from 32 to ${MAX_SIZE}, got ${size}`,
      {
        hint: 'Pass size: 512, or another whole number of pixels in range.',
      },
    );
  }
  return size;
}

export function svgDocument(size: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="${PRODUCT_BACKGROUND}"/>${body}</svg>`
  );
}

/** A product shot and its ground-truth layout: the item centred on a plain off-white background. */
export function renderItem(item: Item, options?: RenderOptions): { svg: string; layout: ItemLayout } {
  const size = checkedSize(options);
  const margin = size * MARGIN;
  const box = { x: margin, y: margin, width: size - 2 * margin, height: size - 2 * margin };
  const { svg, layout } = drawItemFragment(item, box, 'item-', PRODUCT_ZOOM);
  return { svg: svgDocument(size, svg), layout };
}

/** A complete square SVG document of a product shot (default 512 px). */
export function renderItemSvg(item: Item, options?: RenderOptions): string {
  return renderItem(item, options).svg;
}
