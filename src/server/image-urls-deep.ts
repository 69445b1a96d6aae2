import { blobUrl, SHA256_PATTERN, thumbnailUrl } from './api-urls.ts';

/**
 * Tool results and traces name images by blob hash wherever they sit in their JSON (a crop's
 * pixels, a search result, a stored message part). Every object holding a `sha256` gets the URLs the
 * browser loads it by, so the web app never builds one itself.
 */
export function withImageUrls(value: unknown, depth = 0): unknown {
  if (depth > 32) return value;
  if (Array.isArray(value)) return value.map((item) => withImageUrls(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => [key, withImageUrls(item, depth + 1)] as const,
  );
  const result: Record<string, unknown> = Object.fromEntries(entries);
  const sha256 = result.sha256;
  if (typeof sha256 === 'string' && SHA256_PATTERN.test(sha256)) {
    result.url ??= blobUrl(sha256);
    const thumbnail = result.thumbnailSha256;
    result.thumbnailUrl ??=
      typeof thumbnail === 'string' && SHA256_PATTERN.test(thumbnail)
        ? blobUrl(thumbnail)
        : thumbnailUrl(sha256);
  }
  return result;
}
