import sharp from 'sharp';
import { AtelierError } from '../core/index.ts';
import type { BlobStore } from '../store/index.ts';

/** Sizes a thumbnail is made at; a request is rounded up to one, so the cache cannot be flooded. */
export const THUMBNAIL_SIZES = [64, 128, 256, 512, 1024] as const;
const MAX_INPUT_PIXELS = 8192 * 8192;

export interface Thumbnail {
  bytes: Buffer;
  contentType: string;
}

export interface ThumbnailCache {
  /** The blob resized to fit a `size`×`size` square (never enlarged), as WebP. */
  get(sha256: string, size: number): Promise<Thumbnail>;
  readonly stats: { hits: number; misses: number; bytes: number; entries: number };
}

export function thumbnailSize(requested: number): number {
  return THUMBNAIL_SIZES.find((size) => size >= requested) ?? THUMBNAIL_SIZES.at(-1)!;
}

/**
 * Thumbnails made on demand with sharp and kept in a least-recently-used map bounded by bytes
 * (a Map iterates in insertion order, so re-inserting on a hit keeps the oldest entry first).
 * Concurrent requests for the same thumbnail share one resize.
 */
export function createThumbnailCache(blobs: BlobStore, maxBytes = 64 * 1024 * 1024): ThumbnailCache {
  const entries = new Map<string, Thumbnail>();
  const pending = new Map<string, Promise<Thumbnail>>();
  const stats = { hits: 0, misses: 0, bytes: 0, entries: 0 };

  const remember = (key: string, thumbnail: Thumbnail) => {
    entries.set(key, thumbnail);
    stats.bytes += thumbnail.bytes.byteLength;
    for (const [oldest, value] of entries) {
      if (stats.bytes <= maxBytes || entries.size <= 1) break;
      entries.delete(oldest);
      stats.bytes -= value.bytes.byteLength;
    }
    stats.entries = entries.size;
  };

  const make = async (sha256: string, size: number): Promise<Thumbnail> => {
    const source = await blobs.read(sha256);
    try {
      const bytes = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer();
      return { bytes, contentType: 'image/webp' };
    } catch (error) {
      throw new AtelierError('IMAGE_DECODE_FAILED', `blob ${sha256} is not an image that can be resized`, {
        hint: 'Fetch it whole from /api/blobs/SHA256 instead.',
        cause: error,
      });
    }
  };

  return {
    stats,
    async get(sha256, requested) {
      const size = thumbnailSize(requested);
      const key = `${sha256}:${size}`;
      const cached = entries.get(key);
      if (cached) {
        stats.hits += 1;
        entries.delete(key);
        entries.set(key, cached);
        return cached;
      }
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      stats.misses += 1;
      const work = make(sha256, size)
        .then((thumbnail) => {
          remember(key, thumbnail);
          return thumbnail;
        })
        .finally(() => pending.delete(key));
      pending.set(key, work);
      return work;
    },
  };
}
