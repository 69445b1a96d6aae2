import sharp from 'sharp';
import { EmbedError, messageOf } from '../embed-error.ts';
import { type LabImage, rgbToLabImage } from './lab-image.ts';

/**
 * Decodes any image sharp reads and shrinks it so its longer side is `side` pixels. Descriptors are
 * computed at this fixed scale, so a 512-px product shot and its 4096-px original describe alike, and
 * the cost per image no longer depends on its size.
 */

/** Transparent cut-outs are laid on the product-shot background so they read like product shots. */
export const PRODUCT_BACKGROUND = '#f4f3ef';

/** Admits 8192 × 8192 (the largest world scene) and refuses decompression bombs. */
const MAX_INPUT_PIXELS = 8192 * 8192;

export async function decodeToLab(image: Buffer, side: number, label: string): Promise<LabImage> {
  try {
    const { data, info } = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .flatten({ background: PRODUCT_BACKGROUND })
      .resize(side, side, { fit: 'inside', kernel: 'cubic' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`expected 3 channels after conversion, got ${info.channels}`);
    return rgbToLabImage(data, info.width, info.height);
  } catch (error) {
    throw new EmbedError('IMAGE_DECODE_FAILED', `${label} could not be decoded: ${messageOf(error)}`, {
      hint: 'Pass PNG, JPEG, WebP, GIF, TIFF or AVIF bytes of at most 8192 × 8192 pixels; re-export the file if it is truncated.',
      cause: error,
    });
  }
}
