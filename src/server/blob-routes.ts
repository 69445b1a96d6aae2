import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { BlobStore } from '../store/index.ts';
import { errorResponse } from './api-error.ts';
import { SHA256_PATTERN } from './api-urls.ts';
import { imageContentType } from './image-content-type.ts';
import { parseQuery } from './request-input.ts';
import { createThumbnailCache, type ThumbnailCache } from './thumbnail-cache.ts';

/** A blob's bytes never change (its name is their hash), so browsers may keep them for a year. */
const IMMUTABLE = 'private, max-age=31536000, immutable';

function checkHash(value: string): string {
  if (!SHA256_PATTERN.test(value)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      'a blob is named by its SHA-256: 64 lowercase hex characters',
      {
        hint: 'Use the image URLs the API returns (/api/blobs/SHA256); files cannot be named by path.',
      },
    );
  }
  return value;
}

/** Headers for stored bytes: cacheable for good, never sniffed, never run as a page (an SVG with a script). */
export function immutableBytes(context: Context, bytes: Uint8Array, contentType: string, etag: string) {
  context.header('Cache-Control', IMMUTABLE);
  context.header('ETag', `"${etag}"`);
  context.header('X-Content-Type-Options', 'nosniff');
  context.header('Content-Security-Policy', "default-src 'none'; sandbox");
  if (context.req.header('if-none-match') === `"${etag}"`) return context.body(null, 304);
  context.header('Content-Type', contentType);
  return context.body(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>,
  );
}

const thumbnailQuerySchema = z.object({
  size: z.coerce.number().int().min(16).max(2048).default(256),
  token: z.string().optional(),
});

/** GET /blobs/:sha256 (stored bytes) and GET /thumbnails/:sha256?size=N (resized WebP, cached). */
export function blobRoutes(blobs: BlobStore, thumbnails: ThumbnailCache = createThumbnailCache(blobs)): Hono {
  const routes = new Hono();
  routes.get('/blobs/:sha256', async (context) => {
    try {
      const sha256 = checkHash(context.req.param('sha256'));
      if (context.req.header('if-none-match') === `"${sha256}"`) {
        return immutableBytes(context, new Uint8Array(), '', sha256);
      }
      const bytes = await blobs.read(sha256);
      return immutableBytes(context, bytes, imageContentType(bytes), sha256);
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  routes.get('/thumbnails/:sha256', async (context) => {
    try {
      const sha256 = checkHash(context.req.param('sha256'));
      const { size } = parseQuery(
        context,
        thumbnailQuerySchema,
        'Pass ?size=256 (rounded up to 64, 128, 256, 512 or 1024).',
      );
      const thumbnail = await thumbnails.get(sha256, size);
      return immutableBytes(context, thumbnail.bytes, thumbnail.contentType, `${sha256}-${size}`);
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}
