import sharp from 'sharp';
import { EmbedError, messageOf } from '../embed-error.ts';

/**
 * Decodes an image to 8-bit RGB for the model's own preprocessor. Sharp decodes (any format, EXIF
 * orientation applied, alpha laid on white as CLIP's training images had no transparency) and
 * shrinks anything larger than MAX_SIDE, so the library's JavaScript resize never walks a 4096-px
 * scene pixel by pixel; the final resize and crop stay the preprocessor's, as the model expects.
 */
export const MAX_SIDE = 1024;
const MAX_INPUT_PIXELS = 8192 * 8192;

export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export async function decodeRgb(image: Buffer, label: string): Promise<RgbImage> {
  try {
    const { data, info } = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    throw new EmbedError('IMAGE_DECODE_FAILED', `${label} could not be decoded: ${messageOf(error)}`, {
      hint: 'Pass PNG, JPEG, WebP, GIF, TIFF or AVIF bytes of at most 8192 × 8192 pixels.',
      cause: error,
    });
  }
}
