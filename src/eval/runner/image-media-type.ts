/**
 * The media type of image bytes, read from their first bytes: a data set's file extension or a TSV's
 * declared type can be wrong, and a model API refuses an image sent under the wrong type.
 */
export function sniffImageMediaType(bytes: Uint8Array): string | undefined {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  // RIFF....WEBP
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42) {
    return bytes[11] === 0x50 ? 'image/webp' : undefined;
  }
  return undefined;
}
