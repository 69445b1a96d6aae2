import type { ForegroundMask } from './foreground-mask.ts';
import { normalizeInPlace, softBin } from './soft-bins.ts';

/**
 * The silhouette, measured inside its own bounding box so that where and how large the item sits
 * in the frame does not matter, only its outline: trousers are tall with a gap between the legs,
 * a bag is compact with a handle hole, a dress flares towards the hem.
 * - a coarse occupancy grid (share of item pixels per cell of the bounding box);
 * - the width of the item along horizontal bands and its height along vertical bands;
 * - scalars: aspect ratio, fill ratio, centroid and spread (normalised second moments).
 */
const GRID = 8;
const BANDS = 12;
const BINS = 6;
const SCALARS = 6;
export const SHAPE_GRID_LENGTH = GRID * GRID + BANDS * 2;
export const SHAPE_SCALAR_LENGTH = SCALARS * BINS;

export interface ShapeDescriptor {
  grid: Float32Array;
  scalars: Float32Array;
}

export function shapeDescriptor(foreground: ForegroundMask, width: number): ShapeDescriptor {
  const { mask, box } = foreground;
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  const cells = new Float32Array(GRID * GRID);
  const rows = new Float32Array(BANDS);
  const columns = new Float32Array(BANDS);
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
      const cell = Math.floor(v * GRID) * GRID + Math.floor(u * GRID);
      cells[cell] = (cells[cell] as number) + 1;
      const row = Math.floor(v * BANDS);
      const column = Math.floor(u * BANDS);
      rows[row] = (rows[row] as number) + 1;
      columns[column] = (columns[column] as number) + 1;
      count++;
      sumX += u;
      sumY += v;
      sumXX += u * u;
      sumYY += v * v;
      sumXY += u * v;
    }
  }
  const grid = new Float32Array(SHAPE_GRID_LENGTH);
  const cellArea = (boxWidth / GRID) * (boxHeight / GRID);
  for (let cell = 0; cell < GRID * GRID; cell++) grid[cell] = (cells[cell] as number) / cellArea;
  for (let band = 0; band < BANDS; band++) {
    grid[GRID * GRID + band] = (rows[band] as number) / ((boxHeight / BANDS) * boxWidth);
    grid[GRID * GRID + BANDS + band] = (columns[band] as number) / ((boxWidth / BANDS) * boxHeight);
  }

  const scalars = new Float32Array(SHAPE_SCALAR_LENGTH);
  const safe = Math.max(count, 1);
  const meanX = sumX / safe;
  const meanY = sumY / safe;
  const spreadX = Math.sqrt(Math.max(0, sumXX / safe - meanX * meanX));
  const spreadY = Math.sqrt(Math.max(0, sumYY / safe - meanY * meanY));
  const covariance = sumXY / safe - meanX * meanY;
  const values: [number, number, number][] = [
    [Math.log(boxHeight / boxWidth), -1.2, 1.2],
    [count / (boxWidth * boxHeight), 0.2, 1],
    [meanY, 0.3, 0.7],
    [spreadX, 0.15, 0.35],
    [spreadY, 0.15, 0.35],
    [covariance / Math.max(spreadX * spreadY, 1e-6), -0.5, 0.5],
  ];
  values.forEach(([value, min, max], index) => {
    softBin(value, min, max, BINS, scalars, index * BINS);
  });
  return { grid: normalizeInPlace(grid), scalars: normalizeInPlace(scalars) };
}
