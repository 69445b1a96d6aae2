import sharp, { type Metadata } from 'sharp';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { webMediaType } from './image-media-type.ts';
import type { ConversationImage, ConversationImages } from './tool.ts';

export interface UploadOptions {
  /** Where the bytes came from, for error messages and the image's origin. */
  path?: string;
  /** Largest decoded image accepted (width × height); 8192 × 8192 by default, as for the catalog. */
  maxPixels?: number;
}

const DEFAULT_MAX_PIXELS = 8192 * 8192;
/** Raster formats an upload may be in; SVG and PDF are refused because they can reference other files. */
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp', 'gif', 'tiff', 'heif', 'avif']);

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '') ?? message;
}

function decodeFailure(what: string, reason: string, cause?: unknown): AtelierError {
  return new AtelierError('IMAGE_DECODE_FAILED', `${what} is not a usable image: ${reason}`, {
    hint: 'Upload a PNG, JPEG, WebP or GIF image (TIFF and HEIF are converted).',
    cause,
  });
}

/**
 * Adds a user's image to the conversation as "image-N". The original bytes are kept whenever a model
 * API can take them as they are, so zoom crops from full resolution and nothing is re-encoded lossily.
 * Two cases are re-encoded, losslessly, as PNG: formats model APIs refuse (TIFF, HEIF), and photos
 * whose EXIF orientation asks for a rotation, because servers disagree on whether they apply it and
 * a box must mean the same pixels to the model and to zoom.
 */
export async function addUploadedImage(
  images: ConversationImages,
  store: Store,
  bytes: Uint8Array,
  options: UploadOptions = {},
): Promise<ConversationImage> {
  const what = options.path ?? 'the uploaded image';
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let info: Metadata;
  try {
    // Header only, so the size check below can say what the file declared before anything decodes.
    info = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw decodeFailure(what, firstLine(error), error);
  }
  if (!ACCEPTED_FORMATS.has(info.format)) throw decodeFailure(what, `${info.format} images are not accepted`);
  if (info.width * info.height > maxPixels) {
    throw decodeFailure(
      what,
      `it declares ${info.width}×${info.height} pixels, more than the limit of ${maxPixels}`,
    );
  }
  const rotated = info.orientation !== undefined && info.orientation !== 1;
  let stored: Buffer = input;
  let mediaType = webMediaType(info.format);
  let { width, height } = info;
  try {
    if (mediaType === undefined || rotated) {
      const encoded = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
        .autoOrient()
        .png({ compressionLevel: 6 })
        .toBuffer({ resolveWithObject: true });
      stored = encoded.data;
      mediaType = 'image/png';
      width = encoded.info.width;
      height = encoded.info.height;
    } else {
      // A full decode catches truncated files, which a header read accepts.
      await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' }).stats();
    }
  } catch (error) {
    throw decodeFailure(what, firstLine(error), error);
  }
  const sha256 = await store.blobs.put(stored);
  return images.add('image', {
    sha256,
    mediaType,
    width,
    height,
    origin: options.path === undefined ? { kind: 'upload' } : { kind: 'upload', path: options.path },
  });
}
