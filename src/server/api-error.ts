import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AtelierError, type ErrorCode, toAtelierError } from '../core/index.ts';

/** Which HTTP status each error code maps to; anything unknown is a 500. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  USAGE: 400,
  INVALID_ARGUMENT: 400,
  IMAGE_DECODE_FAILED: 400,
  MODEL_SPEC_INVALID: 400,
  NOT_FOUND: 404,
  PROMPT_NOT_UNDERSTOOD: 422,
  INDEX_MISSING: 409,
  PAYLOAD_TOO_LARGE: 413,
  BLOB_NOT_FOUND: 404,
  API_KEY_MISSING: 503,
  REMOTE_UNREACHABLE: 502,
  MODEL_REQUEST_FAILED: 502,
  MODEL_RATE_LIMITED: 503,
  MODEL_TIMEOUT: 504,
};

export function statusOf(code: string): ContentfulStatusCode {
  return STATUS[code as ErrorCode] ?? 500;
}

/** Errors leave the API as `{ error: { code, message, hint } }`, never as a stack trace. */
export function errorResponse(context: Context, value: unknown) {
  const error = toAtelierError(value);
  return context.json({ error: error.toJSON() }, statusOf(error.code));
}

/** A request field that failed its zod schema, as a 400 that names the field. */
export function invalidRequest(
  where: string,
  issue: { path: PropertyKey[]; message: string } | undefined,
  hint: string,
) {
  const field = issue?.path.map(String).join('.') || where;
  return new AtelierError('INVALID_ARGUMENT', `bad ${where}: ${field}: ${issue?.message ?? 'invalid'}`, {
    hint,
  });
}
