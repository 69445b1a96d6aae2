import sharp from 'sharp';
import { hexToRgb } from '../color-science.ts';
import type { Box } from '../geometry.ts';
import { svgToPng } from './png.ts';

/**
 * Test support: reads rendered pixels back so the tests can check what a viewer would see, not
 * what the SVG claims. Pixels are classified to the nearest of the colours the item is known to use,
 * which keeps "white buttons on an off-white background" or "grey buttons where black and white
 * stripes blend" from being mistaken for one another.
 */

export interface RasterImage {
  width: number;
  height: number;
  /** RGB, row-major, three bytes per pixel. */
  data: Uint8Array;
}

export async function decodePng(png: Buffer): Promise<RasterImage> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

export async function rasterise(svg: string): Promise<RasterImage> {
  return decodePng(await svgToPng(svg));
}

/**
 * Label of each pixel: the index of the nearest colour within `tolerance` (RGB distance), else 255.
 * With `region`, only pixels inside it are classified and the rest get `outside` (the background's
 * label, typically), which saves most of the work on a product shot.
 */
export function classify(
  image: RasterImage,
  colors: readonly string[],
  tolerance = 24,
  region?: Box,
  outside = 255,
): Uint8Array {
  const flat = colors.flatMap((color) => [...hexToRgb(color)]);
  const count = colors.length;
  const labels = new Uint8Array(image.width * image.height).fill(region ? outside : 255);
  const limit = tolerance * tolerance;
  const data = image.data;
  const x0 = Math.max(0, region?.x ?? 0);
  const y0 = Math.max(0, region?.y ?? 0);
  const x1 = Math.min(image.width, region ? region.x + region.width : image.width);
  const y1 = Math.min(image.height, region ? region.y + region.height : image.height);
  // Plain loops: this runs over every pixel of hundreds of images per test run.
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const pixel = y * image.width + x;
      const offset = pixel * 3;
      const r = data[offset]!;
      const g = data[offset + 1]!;
      const b = data[offset + 2]!;
      let best = 255;
      let bestDistance = limit + 1;
      for (let index = 0; index < count; index++) {
        const dr = r - flat[index * 3]!;
        const dg = g - flat[index * 3 + 1]!;
        const db = b - flat[index * 3 + 2]!;
        const distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
          best = index;
          bestDistance = distance;
        }
      }
      labels[pixel] = best;
    }
  }
  return labels;
}

export function maskOf(labels: Uint8Array, label: number): Uint8Array {
  return labels.map((value) => (value === label ? 1 : 0));
}

/**
 * Keeps only pixels whose four neighbours are also set. Anti-aliased edges and hairlines (one or two
 * pixels wide) vanish; a button or logo a few pixels across survives as its core.
 */
export function erode(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const index = y * width + x;
      if (mask[index] && mask[index - 1] && mask[index + 1] && mask[index - width] && mask[index + width])
        out[index] = 1;
    }
  }
  return out;
}

export interface Component {
  area: number;
  box: Box;
  centroid: { x: number; y: number };
}

/** 8-connected components of a mask with at least `minArea` pixels, largest first. */
export function components(mask: Uint8Array, width: number, height: number, minArea = 1): Component[] {
  const seen = new Uint8Array(mask.length);
  const found: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    let area = 0;
    let sumX = 0;
    let sumY = 0;
    let minX = width;
    let minY = height;
    let maxX = 0;
    let maxY = 0;
    while (stack.length > 0) {
      const index = stack.pop()!;
      const x = index % width;
      const y = (index - x) / width;
      area++;
      sumX += x;
      sumY += y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const next = ny * width + nx;
          if (mask[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    if (area >= minArea) {
      found.push({
        area,
        box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 },
        centroid: { x: (sumX + area * 0.5) / area, y: (sumY + area * 0.5) / area },
      });
    }
  }
  return found.sort((a, b) => b.area - a.area);
}

/** Bounding box of the set pixels, or null if none. */
export function maskBox(mask: Uint8Array, width: number): Box | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = -1;
  let maxY = -1;
  mask.forEach((value, index) => {
    if (!value) return;
    const x = index % width;
    const y = (index - x) / width;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Pixels that differ from the background by more than `tolerance`: the drawn item. */
export function foregroundMask(image: RasterImage, background: string, tolerance = 3): Uint8Array {
  const [br, bg, bb] = hexToRgb(background);
  const mask = new Uint8Array(image.width * image.height);
  for (let pixel = 0; pixel < mask.length; pixel++) {
    const distance = Math.max(
      Math.abs(image.data[pixel * 3]! - br),
      Math.abs(image.data[pixel * 3 + 1]! - bg),
      Math.abs(image.data[pixel * 3 + 2]! - bb),
    );
    if (distance > tolerance) mask[pixel] = 1;
  }
  return mask;
}

/** The most frequent exact RGB value among the masked pixels, as #rrggbb. */
export function modeColor(image: RasterImage, mask: Uint8Array): string {
  const counts = new Map<number, number>();
  mask.forEach((value, pixel) => {
    if (!value) return;
    const key =
      (image.data[pixel * 3]! << 16) | (image.data[pixel * 3 + 1]! << 8) | image.data[pixel * 3 + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return `#${best.toString(16).padStart(6, '0')}`;
}

/** True when every set pixel of `mask` lies inside `box`. */
export function maskInside(mask: Uint8Array, width: number, box: Box): boolean {
  const found = maskBox(mask, width);
  if (!found) return true;
  return (
    found.x >= box.x &&
    found.y >= box.y &&
    found.x + found.width <= box.x + box.width &&
    found.y + found.height <= box.y + box.height
  );
}
