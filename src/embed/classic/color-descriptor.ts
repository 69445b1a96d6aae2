import type { LabImage } from './lab-image.ts';
import { normalizeInPlace, sqrtInPlace } from './soft-bins.ts';

/**
 * Colour of the item's pixels in two views. A coarse soft histogram over L, a and b (bins 25 L
 * and 20 a/b units apart) is robust to shading and anti-aliasing but cannot tell camel from tan.
 * A fine kernel embedding tells them apart: the pixels' colours, pooled into small Lab cells, are
 * mapped through random Fourier features of a Gaussian kernel (σ = 7 ΔE), so the inner product of
 * two embeddings approximates the average kernel similarity between the two items' pixels. Large
 * colour areas dominate both views, so the fabric colour counts more than a logo or a button.
 */

const L_CENTRES = [0, 25, 50, 75, 100];
const AB_MIN = -80;
const AB_STEP = 20;
const AB_BINS = 9;
export const COLOR_HISTOGRAM_LENGTH = L_CENTRES.length * AB_BINS * AB_BINS;

export const COLOR_KERNEL_LENGTH = 128;
const KERNEL_SIGMA = 7;
/** Pixels are pooled into cells this many ΔE wide before either view is computed. */
const CELL = 3;

/** mulberry32 with a fixed seed: the projection must be the same on every run and machine. */
function fixedRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of (wL, wa, wb, phase) for the random Fourier features; computed once per process. */
const PROJECTION: Float64Array = (() => {
  const random = fixedRandom(0x5eed_c010);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const rows = new Float64Array(COLOR_KERNEL_LENGTH * 4);
  for (let row = 0; row < COLOR_KERNEL_LENGTH; row++) {
    for (let axis = 0; axis < 3; axis++) rows[row * 4 + axis] = gaussian() / KERNEL_SIGMA;
    rows[row * 4 + 3] = random() * 2 * Math.PI;
  }
  return rows;
})();

interface Cell {
  count: number;
  l: number;
  a: number;
  b: number;
}

/**
 * The item's pixels pooled into Lab cells CELL ΔE wide, each with its pixel count and mean colour:
 * a garment has a hundred or so, so both views below work per cell rather than per pixel.
 */
function poolCells(image: LabImage, mask: Uint8Array): Cell[] {
  const cells = new Map<number, Cell>();
  let lastKey = -1;
  let last: Cell | undefined;
  for (let pixel = 0; pixel < mask.length; pixel++) {
    if (mask[pixel] === 0) continue;
    const l = image.lightness[pixel] as number;
    const a = image.greenRed[pixel] as number;
    const b = image.blueYellow[pixel] as number;
    const key = (Math.round(l / CELL) * 256 + Math.round(a / CELL) + 128) * 256 + Math.round(b / CELL) + 128;
    // Neighbouring pixels mostly share a cell: skip the map lookup for runs of one colour.
    const cell = key === lastKey ? last : cells.get(key);
    if (cell) {
      cell.count++;
      cell.l += l;
      cell.a += a;
      cell.b += b;
      last = cell;
    } else {
      last = { count: 1, l, a, b };
      cells.set(key, last);
    }
    lastKey = key;
  }
  // Map iteration follows insertion order, which follows pixel order: deterministic sums.
  return Array.from(cells.values(), (cell) => ({
    count: cell.count,
    l: cell.l / cell.count,
    a: cell.a / cell.count,
    b: cell.b / cell.count,
  }));
}

function histogram(cells: readonly Cell[]): Float32Array {
  const out = new Float32Array(COLOR_HISTOGRAM_LENGTH);
  const lastL = L_CENTRES.length - 1;
  for (const cell of cells) {
    const l = Math.min(lastL, Math.max(0, cell.l / 25));
    const a = Math.min(AB_BINS - 1, Math.max(0, (cell.a - AB_MIN) / AB_STEP));
    const b = Math.min(AB_BINS - 1, Math.max(0, (cell.b - AB_MIN) / AB_STEP));
    const l0 = Math.min(lastL - 1, Math.floor(l));
    const a0 = Math.min(AB_BINS - 2, Math.floor(a));
    const b0 = Math.min(AB_BINS - 2, Math.floor(b));
    const fl = l - l0;
    const fa = a - a0;
    const fb = b - b0;
    for (let dl = 0; dl < 2; dl++) {
      const wl = cell.count * (dl === 0 ? 1 - fl : fl);
      for (let da = 0; da < 2; da++) {
        const wa = wl * (da === 0 ? 1 - fa : fa);
        for (let db = 0; db < 2; db++) {
          const index = ((l0 + dl) * AB_BINS + (a0 + da)) * AB_BINS + (b0 + db);
          out[index] = (out[index] as number) + wa * (db === 0 ? 1 - fb : fb);
        }
      }
    }
  }
  return normalizeInPlace(sqrtInPlace(out));
}

function kernelEmbedding(cells: readonly Cell[]): Float32Array {
  const sums = new Float64Array(COLOR_KERNEL_LENGTH);
  for (const { count, l, a, b } of cells) {
    for (let row = 0; row < COLOR_KERNEL_LENGTH; row++) {
      const base = row * 4;
      const phase =
        (PROJECTION[base] as number) * l +
        (PROJECTION[base + 1] as number) * a +
        (PROJECTION[base + 2] as number) * b +
        (PROJECTION[base + 3] as number);
      sums[row] = (sums[row] as number) + count * Math.cos(phase);
    }
  }
  return normalizeInPlace(Float32Array.from(sums));
}

export interface ColorDescriptor {
  histogram: Float32Array;
  kernel: Float32Array;
}

export function colorDescriptor(image: LabImage, mask: Uint8Array): ColorDescriptor {
  const cells = poolCells(image, mask);
  return { histogram: histogram(cells), kernel: kernelEmbedding(cells) };
}
