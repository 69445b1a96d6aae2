import type { ForegroundMask } from './foreground-mask.ts';

/**
 * What sets apart garments that share a silhouette: a shirt's collar and placket, a sweater's
 * ribbed hem, a blouse's Peter Pan collar, the crease down a trouser leg. All are thin lightness
 * edges inside the item, so all three blocks are orientation histograms of lightness gradients:
 * - details: the item's inside (the mask eroded, so the outline does not count) on an 8 × 8 grid
 *   over the bounding box. A print puts edges in every cell; seams and collars put them in a few.
 *   Subtracting, per orientation, the median cell keeps what is local and drops what is everywhere,
 *   so a checked shirt and a plain shirt keep their placket in common;
 * - neck: the top centre of the box (neckline, collar, lapels, a hat's crown) on a finer grid,
 *   outline included, since a neckline is where fabric meets the dark inside of the garment;
 * - hem: the bottom band, where knitwear has its rib and trousers their turn-ups.
 * Votes are log(1 + gradient magnitude): a faint seam counts nearly as much as a bold stripe.
 */
const ORIENTATIONS = 8;
const DETAIL_CELLS = 8;
const NECK = { left: 0.25, right: 0.75, top: 0, bottom: 0.3, columns: 6, rows: 4 };
const HEM = { left: 0, right: 1, top: 0.78, bottom: 1, columns: 8, rows: 2 };
export const DETAIL_LENGTH = DETAIL_CELLS * DETAIL_CELLS * ORIENTATIONS;
export const NECK_LENGTH = NECK.columns * NECK.rows * ORIENTATIONS;
export const HEM_LENGTH = HEM.columns * HEM.rows * ORIENTATIONS;

interface Region {
  left: number;
  right: number;
  top: number;
  bottom: number;
  columns: number;
  rows: number;
}

/** `region` is in fractions of the bounding box; `valid`, when given, limits which pixels vote. */
function regionHistogram(
  lightness: Float32Array,
  valid: Uint8Array | undefined,
  width: number,
  height: number,
  box: ForegroundMask['box'],
  region: Region,
): Float32Array {
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  const x0 = Math.max(1, Math.floor(box.left + region.left * boxWidth));
  const x1 = Math.min(width - 1, Math.ceil(box.left + region.right * boxWidth));
  const y0 = Math.max(1, Math.floor(box.top + region.top * boxHeight));
  const y1 = Math.min(height - 1, Math.ceil(box.top + region.bottom * boxHeight));
  const out = new Float32Array(region.columns * region.rows * ORIENTATIONS);
  const spanX = Math.max(1, x1 - x0);
  const spanY = Math.max(1, y1 - y0);
  for (let y = y0; y < y1; y++) {
    const cellY = Math.min(region.rows - 1, Math.floor(((y - y0) / spanY) * region.rows));
    for (let x = x0; x < x1; x++) {
      const pixel = y * width + x;
      if (valid && valid[pixel] === 0) continue;
      const gx = (lightness[pixel + 1] as number) - (lightness[pixel - 1] as number);
      const gy = (lightness[pixel + width] as number) - (lightness[pixel - width] as number);
      const magnitude = Math.sqrt(gx * gx + gy * gy);
      if (magnitude < 1e-6) continue;
      const vote = Math.log1p(magnitude);
      let angle = Math.atan2(gy, gx);
      if (angle < 0) angle += Math.PI;
      if (angle >= Math.PI) angle -= Math.PI;
      const position = (angle / Math.PI) * ORIENTATIONS - 0.5;
      const lower = Math.floor(position);
      const fraction = position - lower;
      const cellX = Math.min(region.columns - 1, Math.floor(((x - x0) / spanX) * region.columns));
      const base = (cellY * region.columns + cellX) * ORIENTATIONS;
      const first = base + ((lower + ORIENTATIONS) % ORIENTATIONS);
      const second = base + ((lower + 1) % ORIENTATIONS);
      out[first] = (out[first] as number) + vote * (1 - fraction);
      out[second] = (out[second] as number) + vote * fraction;
    }
  }
  for (let index = 0; index < out.length; index++) out[index] = Math.sqrt(out[index] as number);
  return out;
}

/** Per orientation, subtracts the median over cells and clamps at zero: keeps local edges only. */
function keepLocal(histogram: Float32Array, cells: number): Float32Array {
  const column = new Float32Array(cells);
  for (let orientation = 0; orientation < ORIENTATIONS; orientation++) {
    for (let cell = 0; cell < cells; cell++)
      column[cell] = histogram[cell * ORIENTATIONS + orientation] as number;
    const median = column.sort()[cells >> 1] as number;
    for (let cell = 0; cell < cells; cell++) {
      const index = cell * ORIENTATIONS + orientation;
      histogram[index] = Math.max(0, (histogram[index] as number) - median);
    }
  }
  return histogram;
}

export interface DetailDescriptor {
  details: Float32Array;
  neck: Float32Array;
  hem: Float32Array;
}

/** `inside` is the foreground mask eroded by one pixel: its pixels' gradients never see the background. */
export function detailDescriptor(
  lightness: Float32Array,
  foreground: ForegroundMask,
  inside: Uint8Array,
  width: number,
  height: number,
): DetailDescriptor {
  const { box } = foreground;
  const whole = { left: 0, right: 1, top: 0, bottom: 1, columns: DETAIL_CELLS, rows: DETAIL_CELLS };
  return {
    details: keepLocal(
      regionHistogram(lightness, inside, width, height, box, whole),
      DETAIL_CELLS * DETAIL_CELLS,
    ),
    neck: regionHistogram(lightness, undefined, width, height, box, NECK),
    hem: regionHistogram(lightness, inside, width, height, box, HEM),
  };
}
