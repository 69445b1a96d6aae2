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

function gradientStatistics(
  image: LabImage,
  interior: Uint8Array,
  step: number,
): { energy: number; balance: number } {
  const { width, height, lightness } = image;
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let y = step; y < height - step; y++) {
    for (let x = step; x < width - step; x++) {
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
  mean: number,
  dx: number,
  dy: number,
): number {
  const { width, height, lightness } = image;
  let product = 0;
  let variance = 0;
  for (let y = 0; y < height - dy; y++) {
    for (let x = 0; x < width - dx; x++) {
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

function spread(values: Float32Array, interior: Uint8Array): { mean: number; deviation: number } {
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let pixel = 0; pixel < interior.length; pixel++) {
    if (interior[pixel] === 0) continue;
    const value = values[pixel] as number;
    sum += value;
    squares += value * value;
    count++;
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
  for (const step of STEPS) {
    const { energy, balance } = gradientStatistics(image, interior, step);
    // log scale: a solid fabric has ~0.2 units of lightness change per pixel, a bold check ~20.
    put(Math.log1p(energy), 0, 3.5);
    put(balance, -0.6, 0.6);
  }
  const lightness = spread(image.lightness, interior);
  for (const lag of LAGS) {
    put(autocorrelation(image, interior, lightness.mean, lag, 0), -0.6, 1);
    put(autocorrelation(image, interior, lightness.mean, 0, lag), -0.6, 1);
  }
  put(Math.log1p(lightness.deviation), 0, 3.8);
  const chroma = Math.hypot(
    spread(image.greenRed, interior).deviation,
    spread(image.blueYellow, interior).deviation,
  );
  put(Math.log1p(chroma), 0, 3.8);
  return normalizeInPlace(out);
}
