import type { LabImage } from './lab-image.ts';
import { normalizeInPlace, softBin } from './soft-bins.ts';

/**
 * Pattern and texture statistics of the item's inside (the mask eroded, so outlines and the
 * silhouette edge do not count as texture):
 * - gradient energy of lightness at steps of 1, 2 and 4 pixels: fine weaves react at step 1,
 *   large checks and wide stripes only at step 4; solid fabric stays low everywhere;
 * - the split of that energy between x and y: vertical stripes vary along x, horizontal along y;
 * - autocorrelation along rows and along columns at several lags: stripes, checks and dots are
 *   periodic and swing between positive and negative, a print or a plain fabric does not;
 * - the spread of lightness and of colour, which separates a two-colour pattern from a shaded solid.
 * Every statistic is soft-binned (see soft-bins.ts) so that cosine similarity compares values.
 */

const STEPS = [1, 2, 4];
const LAGS = [2, 3, 4, 6, 8, 11, 16];
const BINS = 5;
export const TEXTURE_LENGTH = (STEPS.length * 2 + LAGS.length * 2 + 2) * BINS;

/** Bounding box of the interior, end-exclusive: every loop below stays inside it. */
interface Span {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function spanOf(interior: Uint8Array, width: number): Span {
  const span = { left: width, top: interior.length, right: 0, bottom: 0 };
  for (let pixel = 0; pixel < interior.length; pixel++) {
    if (interior[pixel] === 0) continue;
    const x = pixel % width;
    const y = (pixel - x) / width;
    if (x < span.left) span.left = x;
    if (x >= span.right) span.right = x + 1;
    if (y < span.top) span.top = y;
    if (y >= span.bottom) span.bottom = y + 1;
  }
  return span;
}

function gradientStatistics(
  image: LabImage,
  interior: Uint8Array,
  span: Span,
  step: number,
): { energy: number; balance: number } {
  const { width, height, lightness } = image;
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let y = Math.max(step, span.top); y < Math.min(height - step, span.bottom); y++) {
    for (let x = Math.max(step, span.left); x < Math.min(width - step, span.right); x++) {
      const pixel = y * width + x;
      if (interior[pixel] === 0) continue;
      const left = pixel - step;
      const right = pixel + step;
      const up = pixel - step * width;
      const down = pixel + step * width;
      if (interior[left] === 0 || interior[right] === 0 || interior[up] === 0 || interior[down] === 0)
        continue;
      sumX += Math.abs((lightness[right] as number) - (lightness[left] as number));
      sumY += Math.abs((lightness[down] as number) - (lightness[up] as number));
      count++;
    }
  }
  if (count === 0) return { energy: 0, balance: 0 };
  const total = sumX + sumY;
  return { energy: total / (2 * count), balance: total === 0 ? 0 : (sumX - sumY) / total };
}

function autocorrelation(
  image: LabImage,
  interior: Uint8Array,
  span: Span,
  mean: number,
  dx: number,
  dy: number,
): number {
  const { width, lightness } = image;
  let product = 0;
  let variance = 0;
  for (let y = span.top; y < span.bottom - dy; y++) {
    for (let x = span.left; x < span.right - dx; x++) {
      const pixel = y * width + x;
      const other = pixel + dy * width + dx;
      if (interior[pixel] === 0 || interior[other] === 0) continue;
      const first = (lightness[pixel] as number) - mean;
      const second = (lightness[other] as number) - mean;
      product += first * second;
      variance += 0.5 * (first * first + second * second);
    }
  }
  // A near-flat region has no pattern to correlate; report 0 rather than amplifying noise.
  return variance < 1e-3 ? 0 : product / variance;
}

function spread(
  values: Float32Array,
  interior: Uint8Array,
  span: Span,
  width: number,
): { mean: number; deviation: number } {
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let y = span.top; y < span.bottom; y++) {
    for (let pixel = y * width + span.left; pixel < y * width + span.right; pixel++) {
      if (interior[pixel] === 0) continue;
      const value = values[pixel] as number;
      sum += value;
      squares += value * value;
      count++;
    }
  }
  if (count === 0) return { mean: 0, deviation: 0 };
  const mean = sum / count;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / count - mean * mean)) };
}

export function textureDescriptor(image: LabImage, interior: Uint8Array): Float32Array {
  const out = new Float32Array(TEXTURE_LENGTH);
  let offset = 0;
  const put = (value: number, min: number, max: number) => {
    softBin(value, min, max, BINS, out, offset);
    offset += BINS;
  };
  const span = spanOf(interior, image.width);
  for (const step of STEPS) {
    const { energy, balance } = gradientStatistics(image, interior, span, step);
    // log scale: a solid fabric has ~0.2 units of lightness change per pixel, a bold check ~20.
    put(Math.log1p(energy), 0, 3.5);
    put(balance, -0.6, 0.6);
  }
  const lightness = spread(image.lightness, interior, span, image.width);
  for (const lag of LAGS) {
    put(autocorrelation(image, interior, span, lightness.mean, lag, 0), -0.6, 1);
    put(autocorrelation(image, interior, span, lightness.mean, 0, lag), -0.6, 1);
  }
  put(Math.log1p(lightness.deviation), 0, 3.8);
  const chroma = Math.hypot(
    spread(image.greenRed, interior, span, image.width).deviation,
    spread(image.blueYellow, interior, span, image.width).deviation,
  );
  put(Math.log1p(chroma), 0, 3.8);
  return normalizeInPlace(out);
}
