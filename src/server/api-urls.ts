/**
 * The URLs the API hands out for images, so every route (and the web app) names them one way.
 * Blobs are addressed by hash only: no request can name a file.
 */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function blobUrl(sha256: string): string {
  return `/api/blobs/${sha256}`;
}

export function thumbnailUrl(sha256: string, size = 256): string {
  return `/api/thumbnails/${sha256}?size=${size}`;
}

/** The URLs of one stored image: whole, and as a thumbnail for grids. */
export function imageUrls(sha256: string, size = 256): { url: string; thumbnailUrl: string } {
  return { url: blobUrl(sha256), thumbnailUrl: thumbnailUrl(sha256, size) };
}
