import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, toAtelierError } from '../core/index.ts';

/** Which HTTP status each error code maps to; anything unknown is a 500. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  PROMPT_NOT_UNDERSTOOD: 422,
  INDEX_MISSING: 409,
  PAYLOAD_TOO_LARGE: 413,
  BLOB_NOT_FOUND: 404,
};

/** Errors leave the API as `{ error: { code, message, hint } }`, never as a stack trace. */
export function errorResponse(context: Context, value: unknown) {
  const error = toAtelierError(value);
  return context.json({ error: error.toJSON() }, STATUS[error.code] ?? 500);
}
