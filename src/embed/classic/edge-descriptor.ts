import type { ForegroundMask } from './foreground-mask.ts';
import { normalizeInPlace, sqrtInPlace } from './soft-bins.ts';

/**
 * HOG-like edge-orientation histograms over a 4 × 4 grid laid on the item's bounding box.
 * Two of them: one on lightness (every visible edge: outline, seams, pockets, stripes), one on the
 * foreground mask alone (the silhouette's outline, blind to the print), so that a striped shirt and
 * a plain shirt still share half of their edge picture.
 */
const CELLS = 4;
const ORIENTATIONS = 9;
export const EDGE_LENGTH = CELLS * CELLS * ORIENTATIONS;

function orientationHistogram(
  values: (pixel: number) => number,
  width: number,
  height: number,
  box: ForegroundMask['box'],
): Float32Array {
  const out = new Float32Array(EDGE_LENGTH);
  // One pixel of margin around the box so the silhouette's own edge falls inside the grid.
  const left = Math.max(1, box.left - 1);
  const top = Math.max(1, box.top - 1);
  const right = Math.min(width - 1, box.right + 1);
  const bottom = Math.min(height - 1, box.bottom + 1);
  const spanX = Math.max(1, right - left);
  const spanY = Math.max(1, bottom - top);
  for (let y = top; y < bottom; y++) {
    const cellY = Math.min(CELLS - 1, Math.floor(((y - top) / spanY) * CELLS));
    for (let x = left; x < right; x++) {
      const pixel = y * width + x;
      const gx = values(pixel + 1) - values(pixel - 1);
      const gy = values(pixel + width) - values(pixel - width);
      const magnitude = Math.sqrt(gx * gx + gy * gy);
      if (magnitude === 0) continue;
      // Unsigned orientation in [0, π): an edge from light to dark is the same edge as dark to light.
      let angle = Math.atan2(gy, gx);
      if (angle < 0) angle += Math.PI;
      if (angle >= Math.PI) angle -= Math.PI;
      const position = (angle / Math.PI) * ORIENTATIONS - 0.5;
      const lower = Math.floor(position);
      const fraction = position - lower;
      const cellX = Math.min(CELLS - 1, Math.floor(((x - left) / spanX) * CELLS));
      const base = (cellY * CELLS + cellX) * ORIENTATIONS;
      const first = base + ((lower + ORIENTATIONS) % ORIENTATIONS);
      const second = base + ((lower + 1) % ORIENTATIONS);
      out[first] = (out[first] as number) + magnitude * (1 - fraction);
      out[second] = (out[second] as number) + magnitude * fraction;
    }
  }
  return normalizeInPlace(sqrtInPlace(out));
}

export interface EdgeDescriptor {
  lightness: Float32Array;
  silhouette: Float32Array;
}

export function edgeDescriptor(
  lightness: Float32Array,
  foreground: ForegroundMask,
  width: number,
  height: number,
): EdgeDescriptor {
  const { mask, box } = foreground;
  return {
    lightness: orientationHistogram((pixel) => lightness[pixel] as number, width, height, box),
    silhouette: orientationHistogram((pixel) => mask[pixel] as number, width, height, box),
  };
}
