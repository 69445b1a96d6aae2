/** Formats a conversation image may be stored in, as sharp names them, with their media types. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/**
 * The media type a model API accepts for a sharp format, or undefined for formats that must be
 * re-encoded first (TIFF, HEIF and friends are refused by OpenAI, Anthropic and vLLM alike).
 */
export function webMediaType(format: string | undefined): string | undefined {
  return format === undefined ? undefined : MEDIA_TYPES[format];
}
