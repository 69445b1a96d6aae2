import type { ForegroundMask } from './foreground-mask.ts';
import { softBin } from './soft-bins.ts';

/**
 * The silhouette, measured inside its own bounding box so that where and how large the item sits
 * in the frame does not matter, only its outline: trousers are tall with a gap between the legs,
 * a bag is compact with a handle hole, a dress flares towards the hem.
 * - a 16 × 16 occupancy grid: fine enough to see a sleeve end, a neckline or a heel;
 * - the aspect ratio, which fitting the grid to the box throws away: a coat is a long jacket;
 * - scalars: fill ratio, centroid and spread (normalised second moments), and the aspect again.
 * Occupancy and scalars are raw here; classic-descriptor.ts centres them on a reference set.
 */
const GRID = 16;
/** Sub-samples per grid cell along each axis: a belt's box is a few pixels tall. */
const SAMPLES = 4;
const BINS = 6;
const SCALARS = 6;
const ASPECT_BINS = 12;
export const OCCUPANCY_LENGTH = GRID * GRID;
export const SHAPE_SCALAR_LENGTH = SCALARS * BINS;
export const ASPECT_LENGTH = ASPECT_BINS;

export interface ShapeDescriptor {
  occupancy: Float32Array;
  scalars: Float32Array;
  aspect: Float32Array;
}

/**
 * Share of item pixels in each cell, read at SAMPLES² points per cell rather than by assigning each
 * pixel to a cell: the box may be fewer pixels tall than the grid has rows.
 */
function occupancy(foreground: ForegroundMask, width: number): Float32Array {
  const { mask, box } = foreground;
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  const out = new Float32Array(OCCUPANCY_LENGTH);
  const step = 1 / (GRID * SAMPLES);
  for (let row = 0; row < GRID * SAMPLES; row++) {
    const y = box.top + Math.floor((row + 0.5) * step * boxHeight);
    const cellRow = Math.floor(row / SAMPLES) * GRID;
    for (let column = 0; column < GRID * SAMPLES; column++) {
      const x = box.left + Math.floor((column + 0.5) * step * boxWidth);
      const cell = cellRow + Math.floor(column / SAMPLES);
      out[cell] = (out[cell] as number) + (mask[y * width + x] as number);
    }
  }
  for (let cell = 0; cell < OCCUPANCY_LENGTH; cell++) out[cell] = (out[cell] as number) / (SAMPLES * SAMPLES);
  return out;
}

export function shapeDescriptor(foreground: ForegroundMask, width: number): ShapeDescriptor {
  const { mask, box } = foreground;
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let y = box.top; y < box.bottom; y++) {
    const v = (y - box.top + 0.5) / boxHeight;
    for (let x = box.left; x < box.right; x++) {
      if (mask[y * width + x] === 0) continue;
      const u = (x - box.left + 0.5) / boxWidth;
      count++;
      sumX += u;
      sumY += v;
      sumXX += u * u;
      sumYY += v * v;
      sumXY += u * v;
    }
  }
  const safe = Math.max(count, 1);
  const meanX = sumX / safe;
  const meanY = sumY / safe;
  const spreadX = Math.sqrt(Math.max(0, sumXX / safe - meanX * meanX));
  const spreadY = Math.sqrt(Math.max(0, sumYY / safe - meanY * meanY));
  const covariance = sumXY / safe - meanX * meanY;
  const logAspect = Math.log(boxHeight / boxWidth);
  const values: [number, number, number][] = [
    [logAspect, -1.2, 1.2],
    [count / (boxWidth * boxHeight), 0.2, 1],
    [meanY, 0.3, 0.7],
    [spreadX, 0.15, 0.35],
    [spreadY, 0.15, 0.35],
    [covariance / Math.max(spreadX * spreadY, 1e-6), -0.5, 0.5],
  ];
  const scalars = new Float32Array(SHAPE_SCALAR_LENGTH);
  values.forEach(([value, min, max], index) => {
    softBin(value, min, max, BINS, scalars, index * BINS);
  });
  // From a belt (about 1 : 12) to a scarf or a maxi coat (about 3.5 : 1), in finer steps than above.
  const aspect = new Float32Array(ASPECT_LENGTH);
  softBin(logAspect, -2.5, 1.5, ASPECT_BINS, aspect, 0);
  return { occupancy: occupancy(foreground, width), scalars, aspect };
}
