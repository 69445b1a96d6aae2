import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { sha256Hex } from '../../store/index.ts';
import { imageSignature } from './image-signature.ts';

/**
 * Turns untrusted image bytes into what the store keeps: the image itself, a thumbnail and a
 * perceptual hash. Rejections (corrupt, truncated, too large, unsupported) come back as reasons.
 *
 * What is stored: a PNG that is already clean — 8-bit sRGB, no EXIF, ICC, XMP, IPTC or text chunks,
 * nothing to rotate — is kept byte for byte, so a world's images keep their file hashes and nothing
 * is encoded twice. Anything else is auto-oriented, converted to 8-bit sRGB and re-encoded as a
 * metadata-free PNG: lossless (a JPEG would lose detail the zoom tools look for) and deterministic,
 * so the same input always gives the same hash. The price is disk: a photo stored as PNG is a few
 * times its JPEG size.
 */
export interface NormaliseLimits {
  /** Decoded pixels allowed (width × height); larger images are refused before decoding. */
  maxPixels: number;
  thumbnailSize: number;
}

export interface NormalisedImage {
  bytes: Buffer;
  sha256: string;
  width: number;
  height: number;
  thumbnail: Buffer;
  phash: string;
  colorGrid: string;
}

export type Normalised = { ok: true; image: NormalisedImage } | { ok: false; reason: string };

/** Formats a catalog image may come in. SVG and PDF are refused: they can reference other files. */
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp', 'gif', 'tiff', 'heif']);

/** libvips messages end with a newline and sometimes repeat the loader name; one short line is enough. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? message
  );
}

function isCleanPng(info: Metadata): boolean {
  return (
    info.format === 'png' &&
    info.space === 'srgb' &&
    info.depth === 'uchar' &&
    !info.hasProfile &&
    info.exif === undefined &&
    info.xmp === undefined &&
    info.iptc === undefined &&
    (info.comments?.length ?? 0) === 0 &&
    (info.orientation === undefined || info.orientation === 1)
  );
}

export async function normaliseImage(input: Buffer, limits: NormaliseLimits): Promise<Normalised> {
  // 'error' rather than sharp's default 'warning': truncated and corrupt data is refused, while the
  // harmless warnings many camera JPEGs raise are not.
  const options: SharpOptions = { limitInputPixels: limits.maxPixels, failOn: 'error' };
  let info: Metadata;
  try {
    // Headers only, so no pixel limit here: the check below then says what the image declared.
    info = await sharp(input, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch (error) {
    return { ok: false, reason: `not a readable image (${firstLine(error)})` };
  }
  if (!ACCEPTED_FORMATS.has(info.format))
    return { ok: false, reason: `${info.format} images are not accepted` };
  // Checked from the header before any pixel is decoded: a few hundred bytes can declare 20000×20000.
  if (info.width * info.height > limits.maxPixels) {
    return {
      ok: false,
      reason: `declares ${info.width}×${info.height} pixels, more than the limit of ${limits.maxPixels} (a decompression bomb?)`,
    };
  }
  try {
    let bytes = input;
    let { width, height } = info;
    if (!isCleanPng(info)) {
      const encoded = await sharp(input, options)
        .autoOrient()
        .toColourspace('srgb')
        .png({ compressionLevel: 6 })
        .timeout({ seconds: 60 })
        .toBuffer({ resolveWithObject: true });
      bytes = encoded.data;
      width = encoded.info.width;
      height = encoded.info.height;
    }
    // Decoding the stored image (not the input) makes thumbnail and hash describe exactly what is
    // kept, and fully decodes a kept PNG, which is what catches its truncation. It is decoded once,
    // to thumbnail size; the thumbnail and the signatures are both made from that.
    const reduced = await sharp(bytes, options)
      .resize(limits.thumbnailSize, limits.thumbnailSize, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = {
      raw: { width: reduced.info.width, height: reduced.info.height, channels: reduced.info.channels },
    };
    const [thumbnail, signature] = await Promise.all([
      // Effort 2 of 6: a third faster than the default for a thumbnail a few hundred bytes larger.
      sharp(reduced.data, raw).webp({ quality: 80, effort: 2 }).toBuffer(),
      imageSignature(sharp(reduced.data, raw)),
    ]);
    return { ok: true, image: { bytes, sha256: sha256Hex(bytes), width, height, thumbnail, ...signature } };
  } catch (error) {
    return { ok: false, reason: `cannot decode the image (${firstLine(error)})` };
  }
}
