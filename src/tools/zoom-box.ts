import { AtelierError } from '../core/index.ts';
import type { BoxFormat } from '../models/index.ts';
import type { PixelBox } from './tool.ts';

export interface ZoomBox {
  /** Whole pixels inside the image, at least the minimum side where the image allows. */
  box: PixelBox;
  clamped: boolean;
  grown: boolean;
}

export interface ZoomBoxOptions {
  /** The model's box as written: pixels of the image, or 0–1000 on both axes. */
  format: BoxFormat;
  width: number;
  height: number;
  /** Smallest side of a crop, in pixels; a smaller box grows around its centre. */
  minSide: number;
  /** The image's name, for messages. */
  name: string;
}

/** Floating-point slack, so 0.1 × 3 × 1000 is still pixel 300, not 301. */
const EPSILON = 1e-6;

function frame(options: ZoomBoxOptions): string {
  const units =
    options.format === 'pixels'
      ? 'boxes are [x0, y0, x1, y1] in its pixels'
      : 'boxes are [x0, y0, x1, y1] on a 0–1000 scale of its width and height';
  return `${options.name} is ${options.width}×${options.height} px; ${units}`;
}

function invalid(message: string, options: ZoomBoxOptions): AtelierError {
  return new AtelierError('TOOL_ARGUMENTS_INVALID', `${message} (${frame(options)})`, {
    hint: 'Send a box with x0 < x1 and y0 < y1 that overlaps the image.',
  });
}

/** Grows [start, end) to `size` around its centre, then slides it back inside [0, limit). */
function grow(start: number, end: number, size: number, limit: number): [number, number] {
  const centre = (start + end) / 2;
  let low = Math.round(centre - size / 2);
  let high = low + size;
  if (low < 0) [low, high] = [0, size];
  if (high > limit) [low, high] = [limit - size, limit];
  return [low, high];
}

/**
 * The pixel box a zoom actually crops: converted from the model's format, clamped to the image,
 * grown to the minimum side. A box that is inverted, empty or wholly outside the image is refused
 * with the image's size, because guessing what the model meant would hide its mistake.
 */
export function zoomBox(requested: readonly number[], options: ZoomBoxOptions): ZoomBox {
  const [x0, y0, x1, y1] = requested as [number, number, number, number];
  const written = `[${requested.join(', ')}]`;
  if (!(x1 > x0 && y1 > y0)) {
    throw invalid(`box ${written} is inverted or empty: x1 must exceed x0 and y1 must exceed y0`, options);
  }
  const scaleX = options.format === 'pixels' ? 1 : options.width / 1000;
  const scaleY = options.format === 'pixels' ? 1 : options.height / 1000;
  const left = x0 * scaleX;
  const top = y0 * scaleY;
  const right = x1 * scaleX;
  const bottom = y1 * scaleY;
  if (right <= 0 || bottom <= 0 || left >= options.width || top >= options.height) {
    throw invalid(`box ${written} lies entirely outside ${options.name}`, options);
  }
  let box: PixelBox = [
    Math.max(0, Math.floor(left + EPSILON)),
    Math.max(0, Math.floor(top + EPSILON)),
    Math.min(options.width, Math.ceil(right - EPSILON)),
    Math.min(options.height, Math.ceil(bottom - EPSILON)),
  ];
  const clamped = left < 0 || top < 0 || right > options.width || bottom > options.height;
  // A sliver thinner than a pixel still rounds to one; the minimum side then takes over.
  if (box[2] <= box[0]) box[2] = box[0] + 1;
  if (box[3] <= box[1]) box[3] = box[1] + 1;
  const minWidth = Math.min(options.minSide, options.width);
  const minHeight = Math.min(options.minSide, options.height);
  let grown = false;
  if (box[2] - box[0] < minWidth) {
    const [low, high] = grow(box[0], box[2], minWidth, options.width);
    box = [low, box[1], high, box[3]];
    grown = true;
  }
  if (box[3] - box[1] < minHeight) {
    const [low, high] = grow(box[1], box[3], minHeight, options.height);
    box = [box[0], low, box[2], high];
    grown = true;
  }
  return { box, clamped, grown };
}
