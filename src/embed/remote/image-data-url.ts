import sharp from 'sharp';
import { EmbedError, messageOf } from '../embed-error.ts';

/**
 * Images travel as `data:` URLs, the form OpenAI-compatible servers accept in place of an image URL.
 * Formats every server decodes go as they are (no re-encoding, no loss); anything else (TIFF, AVIF,
 * HEIF…) is converted to PNG first, because a server that cannot decode it fails with a vaguer error.
 */
const MAX_INPUT_PIXELS = 8192 * 8192;

function sniffMediaType(image: Buffer): string | null {
  if (image.length >= 8 && image.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (image.length >= 3 && image[0] === 0xff && image[1] === 0xd8 && image[2] === 0xff) return 'image/jpeg';
  if (image.length >= 6 && image.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (
    image.length >= 12 &&
    image.toString('latin1', 0, 4) === 'RIFF' &&
    image.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

export async function imageDataUrl(image: Buffer, label: string): Promise<string> {
  const mediaType = sniffMediaType(image);
  if (mediaType !== null) return `data:${mediaType};base64,${image.toString('base64')}`;
  try {
    const png = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).png().toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch (error) {
    throw new EmbedError('IMAGE_DECODE_FAILED', `${label} could not be decoded: ${messageOf(error)}`, {
      hint: 'Pass PNG, JPEG, WebP, GIF, TIFF or AVIF bytes of at most 8192 × 8192 pixels.',
      cause: error,
    });
  }
}
