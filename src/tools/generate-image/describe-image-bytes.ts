import sharp from 'sharp';
import { AtelierError } from '../../core/index.ts';
import { webMediaType } from '../image-media-type.ts';

/**
 * Checks that a backend's bytes are an image and reads its size: a server can answer 200 with an
 * HTML error page or a truncated file, and that must not be stored as a generated image.
 */
export async function describeImageBytes(
  bytes: Uint8Array,
  backend: string,
): Promise<{ mediaType: string; width: number; height: number }> {
  try {
    const info = await sharp(bytes, { limitInputPixels: 8192 * 8192, failOn: 'error' }).metadata();
    const mediaType = webMediaType(info.format);
    if (mediaType) return { mediaType, width: info.width, height: info.height };
  } catch {
    // Reported below with the same message as an unsupported format.
  }
  throw new AtelierError(
    'GENERATOR_FAILED',
    `${backend} returned data that is not a PNG, JPEG, WebP or GIF image`,
    {
      hint: `Check the ${backend} output settings (format) and its log.`,
    },
  );
}
