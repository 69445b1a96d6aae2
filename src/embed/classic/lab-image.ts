/**
 * An image as CIE Lab planes (D65 white, sRGB primaries): the colour space where equal distances
 * look roughly equally different, so histogram bins and the background threshold mean the same
 * thing for every hue. Plain arrays of numbers; nothing here touches sharp.
 */
export interface LabImage {
  width: number;
  height: number;
  /** Lightness 0–100. */
  lightness: Float32Array;
  /** Green (−) to red (+), about −90…+100 for sRGB. */
  greenRed: Float32Array;
  /** Blue (−) to yellow (+), about −110…+95 for sRGB. */
  blueYellow: Float32Array;
}

/** sRGB byte → linear light; 256 entries, so the power function runs once per level, not per pixel. */
const LINEAR = Float64Array.from({ length: 256 }, (_, value) => {
  const channel = value / 255;
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
});

const WHITE_X = 0.95047;
const WHITE_Z = 1.08883;
const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;

function labF(t: number): number {
  return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

/** Converts interleaved 8-bit RGB (3 bytes a pixel) to Lab planes. */
export function rgbToLabImage(rgb: Uint8Array, width: number, height: number): LabImage {
  const count = width * height;
  const lightness = new Float32Array(count);
  const greenRed = new Float32Array(count);
  const blueYellow = new Float32Array(count);
  for (let pixel = 0; pixel < count; pixel++) {
    const red = LINEAR[rgb[pixel * 3] as number] as number;
    const green = LINEAR[rgb[pixel * 3 + 1] as number] as number;
    const blue = LINEAR[rgb[pixel * 3 + 2] as number] as number;
    const fx = labF((0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / WHITE_X);
    const fy = labF(0.2126729 * red + 0.7151522 * green + 0.072175 * blue);
    const fz = labF((0.0193339 * red + 0.119192 * green + 0.9503041 * blue) / WHITE_Z);
    lightness[pixel] = 116 * fy - 16;
    greenRed[pixel] = 500 * (fx - fy);
    blueYellow[pixel] = 200 * (fy - fz);
  }
  return { width, height, lightness, greenRed, blueYellow };
}
