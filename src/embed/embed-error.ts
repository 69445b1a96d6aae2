import { AtelierError } from '../core/index.ts';

/**
 * Every failure of an embedder that a user can cause or fix: an AtelierError (a stable code, a
 * message naming the file, spec or endpoint at fault, and a hint) narrowed to the embedder's codes.
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

export class EmbedError extends AtelierError {
  declare readonly code: EmbedErrorCode;

  constructor(code: EmbedErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'EmbedError';
  }
}

export function isEmbedError(value: unknown): value is EmbedError {
  return value instanceof EmbedError;
}

/** The message of anything thrown, for wrapping library errors without losing what they said. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
