import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AtelierError } from '../core/index.ts';
import { downloadImage } from './ingest/download-image.ts';
import { normaliseImage } from './ingest/normalise-image.ts';
import type { ImageInput } from './search-request.ts';

/** Same limits as the ingest: a query image is as untrusted as a catalog image. */
const QUERY_LIMITS = {
  maxPixels: 8192 * 8192,
  thumbnailSize: 64,
  maxBytes: 32 * 1024 * 1024,
  timeoutMs: 15_000,
};

export type ResolvedQueryImage =
  | { kind: 'asset'; assetId: string }
  | { kind: 'bytes'; bytes: Buffer; label: string };

function describe(input: ImageInput): string {
  if ('path' in input) return input.path;
  if ('url' in input) return input.url;
  if ('assetId' in input) return `asset ${input.assetId}`;
  return 'uploaded image';
}

async function readBytes(input: Exclude<ImageInput, { assetId: string }>): Promise<Buffer> {
  if ('path' in input) {
    try {
      return await readFile(resolve(input.path));
    } catch (error) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `cannot read query image ${input.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        {
          hint: 'Check the path of --image.',
        },
      );
    }
  }
  if ('url' in input) {
    const download = await downloadImage(input.url, QUERY_LIMITS);
    if (!download.ok)
      throw new AtelierError('INVALID_ARGUMENT', download.reason, { hint: 'Check the image URL.' });
    return download.bytes;
  }
  return Buffer.from(input.base64.replace(/^data:[^,]*,/, ''), 'base64');
}

/**
 * Reads, decodes and normalises one query image (catalog images are looked up by id instead, their
 * vectors already exist). A file that does not decode as an image is a clear error, not a crash in
 * the embedder.
 */
export async function resolveQueryImage(input: ImageInput): Promise<ResolvedQueryImage> {
  if ('assetId' in input) return { kind: 'asset', assetId: input.assetId };
  const bytes = await readBytes(input);
  const normalised = await normaliseImage(bytes, QUERY_LIMITS);
  if (!normalised.ok) {
    throw new AtelierError('INVALID_ARGUMENT', `query image ${describe(input)}: ${normalised.reason}`, {
      hint: 'Use a PNG, JPEG, WebP, GIF or TIFF image.',
    });
  }
  return { kind: 'bytes', bytes: normalised.image.bytes, label: describe(input) };
}
