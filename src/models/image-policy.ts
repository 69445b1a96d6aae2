import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { z } from 'zod';
import { AtelierError, type ImagePart } from '../core/index.ts';

/**
 * How images are prepared before they go to a model: never larger than the limits (the server
 * would downscale anyway, after paying to upload the bytes), one encoding for every image.
 */
export interface ImagePolicy {
  /** Width × height after downscaling, at most. */
  maxPixels: number;
  /** The longer side after downscaling, at most. */
  maxSide: number;
  format: 'jpeg' | 'png' | 'webp';
  /** 1–100, for jpeg and webp. */
  quality: number;
}

/**
 * JPEG at quality 90 with full-resolution colour (4:4:4), not PNG: a conversation re-sends every
 * image on every step, and a 2048-px photograph as PNG is 5–8 MB (over Anthropic's 5 MB per-image
 * limit), against well under 1 MB here. Quality 90 without chroma subsampling keeps the thin stripes,
 * small logos and stitch colours that fine-grained questions ask about; set `format: png` for
 * lossless images when a benchmark is about exact colours on flat renders.
 */
export const DEFAULT_IMAGE_POLICY: ImagePolicy = Object.freeze({
  maxPixels: 2048 * 2048,
  maxSide: 2048,
  format: 'jpeg',
  quality: 90,
});

/** What a config file may set; anything left out keeps its default. */
export const imagePolicyOverridesSchema = z.strictObject({
  maxPixels: z.number().int().min(1, 'expected a positive whole number of pixels').optional(),
  maxSide: z.number().int().min(1, 'expected a positive whole number of pixels').optional(),
  format: z.enum(['jpeg', 'png', 'webp']).optional(),
  quality: z.number().int().min(1).max(100).optional(),
});

export type ImagePolicyOverrides = z.infer<typeof imagePolicyOverridesSchema>;

export function resolveImagePolicy(overrides: ImagePolicyOverrides = {}): ImagePolicy {
  return {
    maxPixels: overrides.maxPixels ?? DEFAULT_IMAGE_POLICY.maxPixels,
    maxSide: overrides.maxSide ?? DEFAULT_IMAGE_POLICY.maxSide,
    format: overrides.format ?? DEFAULT_IMAGE_POLICY.format,
    quality: overrides.quality ?? DEFAULT_IMAGE_POLICY.quality,
  };
}

/** Larger inputs are refused before decoding: a guard against decompression bombs. */
export const MAX_INPUT_PIXELS = 12_000 * 12_000;

const POLICY_KEY_VERSION = 1;

/**
 * A stable text for a policy, part of request cache keys: the same images under the same policy
 * give the same bytes. Quality is left out for PNG, where it changes nothing.
 */
export function imagePolicyKey(policy: ImagePolicy): string {
  const quality = policy.format === 'png' ? '' : `;quality=${policy.quality}`;
  return `image-policy-v${POLICY_KEY_VERSION};max-side=${policy.maxSide};max-pixels=${policy.maxPixels};format=${policy.format}${quality}`;
}

export interface PreparedImage {
  part: Extract<ImagePart, { type: 'image' }>;
  width: number;
  height: number;
  /** The size before downscaling (after EXIF orientation), to map boxes back onto the original. */
  sourceWidth: number;
  sourceHeight: number;
}

/** The largest size within both limits that keeps the aspect ratio; never larger than the source. */
export function fitWithinPolicy(
  width: number,
  height: number,
  policy: Pick<ImagePolicy, 'maxPixels' | 'maxSide'>,
): { width: number; height: number } {
  const scale = Math.min(
    1,
    policy.maxSide / Math.max(width, height),
    Math.sqrt(policy.maxPixels / (width * height)),
  );
  if (scale >= 1) return { width, height };
  let fittedWidth = Math.max(1, Math.floor(width * scale));
  let fittedHeight = Math.max(1, Math.floor(height * scale));
  // Floating point can land one pixel over the area limit; step down until it holds.
  while (fittedWidth * fittedHeight > policy.maxPixels && (fittedWidth > 1 || fittedHeight > 1)) {
    if (fittedWidth >= fittedHeight) fittedWidth -= 1;
    else fittedHeight -= 1;
  }
  return { width: fittedWidth, height: fittedHeight };
}

function describe(part: Extract<ImagePart, { type: 'image' }>): string {
  return part.name === undefined
    ? `an image (${part.mediaType}, ${part.data.byteLength} bytes)`
    : `image "${part.name}"`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Encoded = Omit<PreparedImage, 'part'> & { mediaType: string; data: Uint8Array };

async function encode(image: Uint8Array, policy: ImagePolicy): Promise<Encoded> {
  const input = sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
  const metadata = await input.metadata();
  const sourceWidth = metadata.autoOrient.width;
  const sourceHeight = metadata.autoOrient.height;
  const size = fitWithinPolicy(sourceWidth, sourceHeight, policy);
  let pipeline = input;
  if (size.width !== sourceWidth || size.height !== sourceHeight) {
    pipeline = pipeline.resize({ width: size.width, height: size.height, fit: 'fill' });
  }
  let data: Buffer;
  if (policy.format === 'jpeg') {
    // JPEG has no alpha: transparent areas become white, as a viewer would show them.
    data = await pipeline
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: policy.quality, chromaSubsampling: '4:4:4' })
      .toBuffer();
  } else if (policy.format === 'webp') {
    data = await pipeline.webp({ quality: policy.quality }).toBuffer();
  } else {
    data = await pipeline.png().toBuffer();
  }
  return {
    mediaType: `image/${policy.format}`,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: size.width,
    height: size.height,
    sourceWidth,
    sourceHeight,
  };
}

/**
 * Recent results by content hash and policy: the same crop goes out again on every later step of a
 * conversation, and re-encoding it each time would cost more than the request around it. Bounded
 * by bytes so a long evaluation does not hold every image it ever sent.
 */
const CACHE_LIMIT_BYTES = 128 * 1024 * 1024;
const cache = new Map<string, { promise: Promise<Encoded>; bytes: number }>();
let cachedBytes = 0;

function encodeCached(image: Uint8Array, policy: ImagePolicy): Promise<Encoded> {
  const key = `${createHash('sha256').update(image).digest('hex')};${imagePolicyKey(policy)}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    // Refresh its place, so the bound evicts the images used least recently.
    cache.delete(key);
    cache.set(key, cached);
    return cached.promise;
  }
  const entry = { promise: encode(image, policy), bytes: image.byteLength };
  cache.set(key, entry);
  cachedBytes += entry.bytes;
  entry.promise.then(
    (encoded) => {
      if (cache.get(key) !== entry) return;
      cachedBytes += encoded.data.byteLength - entry.bytes;
      entry.bytes = encoded.data.byteLength;
    },
    () => {
      // A failure is not cached: a later call decodes again and reports it under its own name.
      if (cache.get(key) !== entry) return;
      cache.delete(key);
      cachedBytes -= entry.bytes;
    },
  );
  for (const [oldKey, oldEntry] of cache) {
    if (cachedBytes <= CACHE_LIMIT_BYTES || oldKey === key) break;
    cache.delete(oldKey);
    cachedBytes -= oldEntry.bytes;
  }
  return entry.promise;
}

/**
 * Downscales (never upscales) and re-encodes one image, with its sizes before and after. The
 * returned bytes may be shared with other callers through the cache: treat them as read-only.
 */
export async function prepareImage(
  part: Extract<ImagePart, { type: 'image' }>,
  policy: ImagePolicy = DEFAULT_IMAGE_POLICY,
): Promise<PreparedImage> {
  let encoded: Encoded;
  try {
    encoded = await encodeCached(part.data, policy);
  } catch (error) {
    throw new AtelierError(
      'IMAGE_DECODE_FAILED',
      `${describe(part)} could not be decoded: ${messageOf(error)}`,
      {
        hint: `Send PNG, JPEG, WebP, GIF, TIFF or AVIF bytes of at most ${MAX_INPUT_PIXELS.toLocaleString('en-US')} pixels.`,
        cause: error,
      },
    );
  }
  const { mediaType, data, ...sizes } = encoded;
  const prepared: PreparedImage['part'] = { type: 'image', mediaType, data };
  if (part.name !== undefined) prepared.name = part.name;
  return { part: prepared, ...sizes };
}

/**
 * Applies the policy to an image part: bytes are downscaled and re-encoded; an image URL is left as
 * it is, because the server fetches it. Throws AtelierError IMAGE_DECODE_FAILED naming the image.
 */
export async function applyImagePolicy(
  part: ImagePart,
  policy: ImagePolicy = DEFAULT_IMAGE_POLICY,
): Promise<ImagePart> {
  if (part.type === 'image-url') return part;
  return (await prepareImage(part, policy)).part;
}
