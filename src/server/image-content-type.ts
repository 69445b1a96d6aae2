/**
 * The media type of stored bytes, read from their signature: blobs are named by hash only, so the
 * bytes are the one place the format is recorded. Anything unrecognised is served as opaque bytes.
 */
export function imageContentType(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42) {
    return 'image/webp';
  }
  const brand = String.fromCharCode(...bytes.subarray(4, 12));
  if (brand === 'ftypavif' || brand === 'ftypavis') return 'image/avif';
  return 'application/octet-stream';
}
