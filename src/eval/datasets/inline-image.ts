/** A base64 image as a sample carries it, with the media type read from its first bytes. */
export interface InlineImage {
  base64: string;
  mediaType: string;
}

export type InlineImageResult =
  | { ok: true; image: InlineImage }
  | { ok: false; problem: string; expected: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DATA_URL = /^data:[^;,]*;base64,/;

/**
 * The media type from magic bytes, not from a file name or a declared type: dataset files lie about
 * both, and a server given the wrong type fails with a vaguer error than ours.
 */
export function mediaTypeOf(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  if (bytes.length >= 6 && bytes.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  return undefined;
}

/** Reads base64 image data (optionally a `data:` URL); only the first bytes are decoded. */
export function parseInlineImage(text: string, field: string): InlineImageResult {
  const expected = `base64 of a PNG, JPEG, WebP or GIF image in '${field}'`;
  let base64 = text.trim().replace(DATA_URL, '');
  if (/\s/.test(base64)) base64 = base64.replace(/\s+/g, '');
  if (base64 === '' || !BASE64.test(base64) || base64.length % 4 === 1) {
    return { ok: false, problem: `'${field}' is not base64 (${preview(text)})`, expected };
  }
  // 24 characters decode to 18 bytes: enough for every signature above.
  const mediaType = mediaTypeOf(Buffer.from(base64.slice(0, 24), 'base64'));
  if (mediaType === undefined) {
    return {
      ok: false,
      problem: `'${field}' decodes to bytes that are not a PNG, JPEG, WebP or GIF image`,
      expected: `${expected} (convert other formats first)`,
    };
  }
  return { ok: true, image: { base64, mediaType } };
}

export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
