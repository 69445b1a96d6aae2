/**
 * Every failure of an embedder that a user can cause or fix. Same shape as core's AtelierError (a
 * stable code, a message naming the file, spec or endpoint at fault, and a hint saying what to do),
 * kept here until core's ErrorCode union takes these codes; then this class can extend AtelierError.
 */
export type EmbedErrorCode =
  /** The spec string is not `classic`, `clip:MODEL` or `remote:URL#MODEL`, or an option is out of range. */
  | 'EMBEDDER_SPEC_INVALID'
  /** embedTexts on an embedder without a text tower. */
  | 'TEXT_NOT_SUPPORTED'
  /** An input image could not be decoded (corrupt, truncated, not an image, too many pixels). */
  | 'IMAGE_DECODE_FAILED'
  /** A model folder lacks a file the model needs; the message names the file. */
  | 'MODEL_FILE_MISSING'
  /** The model files are there but the runtime could not load or run them. */
  | 'MODEL_LOAD_FAILED'
  /** The remote endpoint could not be reached or did not answer in time. */
  | 'REMOTE_UNREACHABLE'
  /** The remote endpoint answered with an error status. */
  | 'REMOTE_STATUS'
  /** The remote endpoint answered 2xx with a body that is not a valid embeddings response. */
  | 'REMOTE_MALFORMED'
  /** The model returned vectors of different lengths, a wrong count, or non-finite values. */
  | 'EMBEDDING_INVALID'
  /** The embedder was used after close(). */
  | 'EMBEDDER_CLOSED';

export class EmbedError extends Error {
  readonly code: EmbedErrorCode;
  readonly hint: string | undefined;

  constructor(code: EmbedErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EmbedError';
    this.code = code;
    this.hint = options.hint;
  }

  toJSON(): { code: EmbedErrorCode; message: string; hint?: string } {
    return this.hint === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isEmbedError(value: unknown): value is EmbedError {
  return value instanceof EmbedError;
}

/** The message of anything thrown, for wrapping library errors without losing what they said. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
