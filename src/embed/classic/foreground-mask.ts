import type { LabImage } from './lab-image.ts';

/**
 * Which pixels belong to the item. Product shots sit on a flat background (#f4f3ef in the world),
 * so the background is whatever colour the image border mostly has. A plain distance threshold
 * would lose white and ivory garments, which are within a few ΔE of that off-white; instead the
 * background is flood-filled inwards from the border, and the item's outline stops the fill, so
 * a pale garment keeps its inside.
 */
export interface ForegroundMask {
  /** 1 for item pixels, 0 for background. */
  mask: Uint8Array;
  count: number;
  /** Bounding box of the item in pixels, end-exclusive. The whole image when nothing was found. */
  box: { left: number; top: number; right: number; bottom: number };
}

/** CIE76 distance under which a pixel still counts as background. */
const BACKGROUND_DELTA_E = 8;

/** Below this share of pixels the "item" is noise, and the whole image is described instead. */
const MIN_FOREGROUND_SHARE = 0.002;

function median(values: number[]): number {
  values.sort((first, second) => first - second);
  return values[values.length >> 1] ?? 0;
}

function borderPixels(width: number, height: number): number[] {
  const pixels: number[] = [];
  for (let x = 0; x < width; x++) pixels.push(x, (height - 1) * width + x);
  for (let y = 1; y < height - 1; y++) pixels.push(y * width, y * width + width - 1);
  return pixels;
}

export function foregroundMask(image: LabImage): ForegroundMask {
  const { width, height, lightness, greenRed, blueYellow } = image;
  const count = width * height;
  const border = borderPixels(width, height);
  const backgroundL = median(border.map((pixel) => lightness[pixel] as number));
  const backgroundA = median(border.map((pixel) => greenRed[pixel] as number));
  const backgroundB = median(border.map((pixel) => blueYellow[pixel] as number));
  const limit = BACKGROUND_DELTA_E * BACKGROUND_DELTA_E;
  const isBackgroundColour = (pixel: number) => {
    const dl = (lightness[pixel] as number) - backgroundL;
    const da = (greenRed[pixel] as number) - backgroundA;
    const db = (blueYellow[pixel] as number) - backgroundB;
    return dl * dl + da * da + db * db < limit;
  };

  // 0 = unvisited, 1 = background reached from the border.
  const background = new Uint8Array(count);
  const stack = new Int32Array(count);
  let top = 0;
  for (const pixel of border) {
    if (background[pixel] === 0 && isBackgroundColour(pixel)) {
      background[pixel] = 1;
      stack[top++] = pixel;
    }
  }
  const visit = (next: number) => {
    if (background[next] === 1 || !isBackgroundColour(next)) return;
    background[next] = 1;
    stack[top++] = next;
  };
  while (top > 0) {
    const pixel = stack[--top] as number;
    const x = pixel % width;
    if (x > 0) visit(pixel - 1);
    if (x < width - 1) visit(pixel + 1);
    if (pixel >= width) visit(pixel - width);
    if (pixel + width < count) visit(pixel + width);
  }

  const mask = new Uint8Array(count);
  let found = 0;
  let left = width;
  let right = 0;
  let topRow = height;
  let bottom = 0;
  for (let pixel = 0; pixel < count; pixel++) {
    if (background[pixel] === 1) continue;
    mask[pixel] = 1;
    found++;
    const x = pixel % width;
    const y = (pixel - x) / width;
    if (x < left) left = x;
    if (x >= right) right = x + 1;
    if (y < topRow) topRow = y;
    if (y >= bottom) bottom = y + 1;
  }
  if (found < count * MIN_FOREGROUND_SHARE) {
    mask.fill(1);
    return { mask, count, box: { left: 0, top: 0, right: width, bottom: height } };
  }
  return { mask, count: found, box: { left, top: topRow, right, bottom } };
}

/** Removes a one-pixel rim from the mask, `times` times: keeps outlines out of texture statistics. */
export function erode(mask: Uint8Array, width: number, height: number, times: number): Uint8Array {
  let current = mask;
  for (let round = 0; round < times; round++) {
    const next = new Uint8Array(current.length);
    for (let y = 1; y < height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        const pixel = y * width + x;
        if (
          current[pixel] === 1 &&
          current[pixel - 1] === 1 &&
          current[pixel + 1] === 1 &&
          current[pixel - width] === 1 &&
          current[pixel + width] === 1
        ) {
          next[pixel] = 1;
        }
      }
    }
    current = next;
  }
  return current;
}
