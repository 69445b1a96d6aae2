import type { Sharp } from 'sharp';
import { colorGridFromRgb } from './color-grid.ts';
import { PHASH_SIDE, phashFromLuma } from './perceptual-hash.ts';

export interface ImageSignature {
  /** 64-bit perceptual hash of the luma, 16 hex characters. */
  phash: string;
  /** 4×4 average colours, 96 hex characters. */
  colorGrid: string;
}

/**
 * Both signatures from one 32×32 reduction of the image, flattened onto white so transparent
 * pixels (whose colour is arbitrary) do not count.
 */
export async function imageSignature(image: Sharp): Promise<ImageSignature> {
  const rgb = await image
    .clone()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .resize(PHASH_SIDE, PHASH_SIDE, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer();
  const pixels = new Uint8Array(rgb.buffer, rgb.byteOffset, rgb.byteLength);
  const luma = new Float64Array(PHASH_SIDE * PHASH_SIDE);
  for (let index = 0; index < luma.length; index++) {
    // Rec. 601 weights on the encoded values, as greyscale conversions usually do.
    luma[index] =
      0.299 * pixels[index * 3]! + 0.587 * pixels[index * 3 + 1]! + 0.114 * pixels[index * 3 + 2]!;
  }
  return { phash: phashFromLuma(luma), colorGrid: colorGridFromRgb(pixels, PHASH_SIDE) };
}
