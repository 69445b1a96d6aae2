/**
 * Every failure a user can cause or fix is an AtelierError: a stable code that scripts can match,
 * a one-line message that names the file, row or flag at fault, and a hint that says what to do.
 * The CLI prints `error CODE: message` and the hint, without a stack trace unless --debug.
 */
export type ErrorCode =
  | 'USAGE'
  | 'INVALID_ARGUMENT'
  | 'OUTPUT_EXISTS'
  | 'OUTPUT_NOT_WRITABLE'
  | 'PROMPT_NOT_UNDERSTOOD'
  | 'RENDER_FAILED'
  | 'INTERRUPTED'
  | 'STORE_FAILED'
  | 'BLOB_NOT_FOUND'
  | 'SOURCE_NOT_FOUND'
  | 'INVALID_SOURCE'
  | 'NOT_FOUND'
  | 'INDEX_MISSING'
  | 'PAYLOAD_TOO_LARGE'
  | 'EMBEDDER_SPEC_INVALID'
  | 'TEXT_NOT_SUPPORTED'
  | 'IMAGE_DECODE_FAILED'
  | 'MODEL_FILE_MISSING'
  | 'MODEL_LOAD_FAILED'
  | 'REMOTE_UNREACHABLE'
  | 'REMOTE_STATUS'
  | 'REMOTE_MALFORMED'
  | 'EMBEDDING_INVALID'
  | 'EMBEDDER_CLOSED'
  | 'MODEL_SPEC_INVALID'
  | 'CONFIG_INVALID'
  | 'API_KEY_MISSING'
  | 'MODEL_REQUEST_FAILED'
  | 'MODEL_RATE_LIMITED'
  | 'MODEL_TIMEOUT'
  | 'MODEL_RESPONSE_INVALID'
  | 'TOOL_FAILED'
  | 'TOOL_ARGUMENTS_INVALID'
  | 'TOOL_UNKNOWN'
  | 'GENERATOR_FAILED'
  | 'SCRIPT_INVALID'
  | 'INTERNAL';

export class AtelierError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AtelierError';
    this.code = code;
    this.hint = options.hint;
  }

  toJSON(): { code: ErrorCode; message: string; hint?: string } {
    return this.hint === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isAtelierError(value: unknown): value is AtelierError {
  return value instanceof AtelierError;
}

/** Wraps anything thrown into an AtelierError so callers only ever deal with one shape. */
export function toAtelierError(value: unknown): AtelierError {
  if (value instanceof AtelierError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AtelierError('INTERNAL', message, {
    hint: 'This is a bug in Atelier. Re-run with --debug and report the stack trace.',
    cause: value,
  });
}
