import type { ForegroundMask } from './foreground-mask.ts';
import { normalizeInPlace, sqrtInPlace } from './soft-bins.ts';

/**
 * HOG-like orientation histograms of the silhouette's outline (the foreground mask, blind to the
 * print), over grids laid on the item's bounding box: a coarse 4 × 4 grid that says which way the
 * outline runs in each part of the item, and a 6 × 6 one that places a sleeve end or a heel more
 * precisely. Edges inside the item (seams, collars, prints) are detail-descriptor.ts's business.
 */
const COARSE_CELLS = 4;
const COARSE_ORIENTATIONS = 9;
const FINE_CELLS = 6;
const FINE_ORIENTATIONS = 8;
export const EDGE_LENGTH = COARSE_CELLS * COARSE_CELLS * COARSE_ORIENTATIONS;
export const FINE_EDGE_LENGTH = FINE_CELLS * FINE_CELLS * FINE_ORIENTATIONS;

function orientationHistogram(
  mask: Uint8Array,
  width: number,
  height: number,
  box: ForegroundMask['box'],
  cells: number,
  orientations: number,
): Float32Array {
  const out = new Float32Array(cells * cells * orientations);
  // One pixel of margin around the box so the silhouette's own edge falls inside the grid.
  const left = Math.max(1, box.left - 1);
  const top = Math.max(1, box.top - 1);
  const right = Math.min(width - 1, box.right + 1);
  const bottom = Math.min(height - 1, box.bottom + 1);
  const spanX = Math.max(1, right - left);
  const spanY = Math.max(1, bottom - top);
  for (let y = top; y < bottom; y++) {
    const cellY = Math.min(cells - 1, Math.floor(((y - top) / spanY) * cells));
    for (let x = left; x < right; x++) {
      const pixel = y * width + x;
      const gx = (mask[pixel + 1] as number) - (mask[pixel - 1] as number);
      const gy = (mask[pixel + width] as number) - (mask[pixel - width] as number);
      if (gx === 0 && gy === 0) continue;
      const magnitude = Math.sqrt(gx * gx + gy * gy);
      // Unsigned orientation in [0, π): the outline's left and right sides point the same way.
      let angle = Math.atan2(gy, gx);
      if (angle < 0) angle += Math.PI;
      if (angle >= Math.PI) angle -= Math.PI;
      const position = (angle / Math.PI) * orientations - 0.5;
      const lower = Math.floor(position);
      const fraction = position - lower;
      const cellX = Math.min(cells - 1, Math.floor(((x - left) / spanX) * cells));
      const base = (cellY * cells + cellX) * orientations;
      const first = base + ((lower + orientations) % orientations);
      const second = base + ((lower + 1) % orientations);
      out[first] = (out[first] as number) + magnitude * (1 - fraction);
      out[second] = (out[second] as number) + magnitude * fraction;
    }
  }
  return normalizeInPlace(sqrtInPlace(out));
}

export interface EdgeDescriptor {
  coarse: Float32Array;
  fine: Float32Array;
}

export function edgeDescriptor(foreground: ForegroundMask, width: number, height: number): EdgeDescriptor {
  const { mask, box } = foreground;
  return {
    coarse: orientationHistogram(mask, width, height, box, COARSE_CELLS, COARSE_ORIENTATIONS),
    fine: orientationHistogram(mask, width, height, box, FINE_CELLS, FINE_ORIENTATIONS),
  };
}
