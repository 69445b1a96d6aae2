import { isAtelierError } from '../../core/index.ts';
import { ModelCallError, parseRetryAfter } from '../model-call-error.ts';
import type { CallDeadline } from './call-deadline.ts';

/** A provider SDK's failure in the terms both SDKs share (they come from the same generator). */
export type ProviderFailure =
  | {
      kind: 'status';
      status: number | undefined;
      headers: Headers | undefined;
      body: unknown;
      message: string;
    }
  | { kind: 'timeout' }
  | { kind: 'connection'; message: string }
  | { kind: 'aborted' }
  | { kind: 'other'; message: string };

type ErrorClass<Instance> = abstract new (...args: never[]) => Instance;

/** The error classes both SDKs export under the same names. */
export interface SdkErrorClasses {
  APIError: ErrorClass<Error & { status: number | undefined; headers: Headers | undefined; error: unknown }>;
  APIConnectionError: ErrorClass<Error>;
  APIConnectionTimeoutError: ErrorClass<Error>;
  APIUserAbortError: ErrorClass<Error>;
}

/** The innermost cause says what happened ("connect ECONNREFUSED 127.0.0.1:8000"); the SDK's words do not. */
function rootMessage(error: Error): string {
  let innermost: Error = error;
  for (let depth = 0; depth < 5 && innermost.cause instanceof Error; depth += 1) innermost = innermost.cause;
  return innermost.message;
}

export function classifySdkError(error: unknown, classes: SdkErrorClasses): ProviderFailure {
  // Order matters: the SDKs derive the abort and connection errors from APIError.
  if (error instanceof classes.APIUserAbortError) return { kind: 'aborted' };
  if (error instanceof classes.APIConnectionTimeoutError) return { kind: 'timeout' };
  if (error instanceof classes.APIConnectionError) return { kind: 'connection', message: rootMessage(error) };
  if (error instanceof classes.APIError) {
    return {
      kind: 'status',
      status: error.status,
      headers: error.headers,
      body: error.error,
      message: error.message,
    };
  }
  if (error instanceof Error && error.name === 'AbortError') return { kind: 'aborted' };
  // undici reports a connection dropped while the body is read as TypeError "terminated".
  if (error instanceof TypeError && /^(terminated|fetch failed)$/.test(error.message))
    return { kind: 'connection', message: rootMessage(error) };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

export interface ProviderErrorContext {
  /** The model's id, for messages. */
  label: string;
  endpoint: string | undefined;
  model: string;
  timeoutMs: number;
  /** Removed from every message: some servers quote the key they refused. */
  apiKey: string | undefined;
  apiKeySource: string | undefined;
}

const MAX_SERVER_MESSAGE = 300;

function redact(text: string, apiKey: string | undefined): string {
  let clean = text;
  if (apiKey !== undefined && apiKey.length > 0) clean = clean.split(apiKey).join('[redacted]');
  // Servers that refuse a key often echo part of it ("sk-abc***wxyz"); keys are never our message.
  clean = clean.replace(/\b(sk|sk-ant|sk-proj)-[A-Za-z0-9_*.-]{6,}/g, '[redacted]');
  return clean.length > MAX_SERVER_MESSAGE ? `${clean.slice(0, MAX_SERVER_MESSAGE)}…` : clean;
}

function nestedMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return typeof body === 'string' ? body : undefined;
  const message = Reflect.get(body, 'message');
  if (typeof message === 'string') return message;
  return nestedMessage(Reflect.get(body, 'error'));
}

function serverMessage(failure: Extract<ProviderFailure, { kind: 'status' }>): string {
  const fromBody = nestedMessage(failure.body);
  if (fromBody !== undefined && fromBody.trim() !== '') return fromBody.trim();
  return failure.message.replace(/^\d{3}\s*/, '').trim();
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const milliseconds = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.round(milliseconds);
  return parseRetryAfter(headers?.get('retry-after'));
}

function errorCode(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  return Reflect.get(body, 'code') ?? errorCode(Reflect.get(body, 'error'));
}

function fromStatus(
  failure: Extract<ProviderFailure, { kind: 'status' }>,
  context: ProviderErrorContext,
  cause: unknown,
): ModelCallError {
  const { status } = failure;
  const said = redact(serverMessage(failure), context.apiKey);
  const saidPart = said === '' ? '' : `: ${said}`;
  const details = { status, endpoint: context.endpoint, retryAfterMs: retryAfter(failure.headers) };
  const keyHint = context.apiKeySource ?? 'the API key setting';
  if (status === 429) {
    // An exhausted quota answers 429 too, and no amount of waiting fixes it.
    if (errorCode(failure.body) === 'insufficient_quota') {
      return new ModelCallError(
        'MODEL_RATE_LIMITED',
        `${context.label}: quota exhausted (429)${saidPart}`,
        {
          ...details,
          retryable: false,
        },
        { hint: 'Check the plan and billing of the account behind the key.', cause },
      );
    }
    return new ModelCallError(
      'MODEL_RATE_LIMITED',
      `${context.label}: rate limited (429)${saidPart}`,
      {
        ...details,
        retryable: true,
      },
      { hint: 'Lower the concurrency for this model in atelier.config.yaml, or wait and resume.', cause },
    );
  }
  if (status === undefined || status === 408 || status === 409 || status >= 500) {
    const what =
      status === undefined ? 'the server reported an error mid-answer' : `the server failed (${status})`;
    return new ModelCallError(
      'MODEL_REQUEST_FAILED',
      `${context.label}: ${what}${saidPart}`,
      {
        ...details,
        retryable: true,
      },
      {
        hint: `A later attempt may succeed; if it keeps failing, check the server at ${context.endpoint ?? 'its endpoint'}.`,
        cause,
      },
    );
  }
  const hints: Record<number, string> = {
    401: `The server refused the API key. Check ${keyHint}.`,
    403: `The key is not allowed to use ${context.model}. Check ${keyHint} and the account's access.`,
    404: `Check the model name "${context.model}" and the base URL ${context.endpoint ?? ''} (it usually ends in /v1 for OpenAI-compatible servers).`,
  };
  // A refused key is not quoted back at all: the server's words may hold part of it.
  const message =
    status === 401 || status === 403
      ? `${context.label}: the server refused the request (${status})`
      : `${context.label}: the server refused the request (${status})${saidPart}`;
  return new ModelCallError(
    'MODEL_REQUEST_FAILED',
    message,
    { ...details, retryable: false },
    {
      hint:
        hints[status] ??
        'The request was refused as sent: check that the model accepts images, tools and these options.',
      cause: status === 401 || status === 403 ? undefined : cause,
    },
  );
}

/**
 * Maps whatever a provider call threw to the one error the retry layer reads. The deadline decides
 * first: an abort we caused is a timeout, one the caller caused is an interruption.
 */
export function toModelCallError(
  error: unknown,
  failure: ProviderFailure,
  context: ProviderErrorContext,
  deadline: CallDeadline,
): Error {
  if (deadline.cancelled()) {
    return new ModelCallError(
      'INTERRUPTED',
      `${context.label}: the call was cancelled`,
      { retryable: false, endpoint: context.endpoint },
      { cause: error },
    );
  }
  if (deadline.timedOut() || failure.kind === 'timeout') {
    return new ModelCallError(
      'MODEL_TIMEOUT',
      `${context.label}: no answer within ${context.timeoutMs} ms`,
      { retryable: true, endpoint: context.endpoint },
      {
        hint: 'Raise timeoutMs for this model in atelier.config.yaml, or check whether the server is overloaded.',
      },
    );
  }
  if (isAtelierError(error)) return error;
  switch (failure.kind) {
    case 'status':
      return fromStatus(failure, context, error);
    case 'connection':
      return new ModelCallError(
        'MODEL_REQUEST_FAILED',
        `${context.label}: cannot reach ${context.endpoint ?? 'the server'}: ${redact(failure.message, context.apiKey)}`,
        { retryable: true, endpoint: context.endpoint },
        { hint: 'Check that the server is running and the base URL is right.', cause: error },
      );
    case 'aborted':
      // Aborted without our deadline or the caller: the connection was dropped under us.
      return new ModelCallError(
        'MODEL_REQUEST_FAILED',
        `${context.label}: the connection was closed before the answer ended`,
        { retryable: true, endpoint: context.endpoint },
        { cause: error },
      );
    default:
      return new ModelCallError(
        'MODEL_RESPONSE_INVALID',
        `${context.label}: the answer could not be read: ${redact(failure.message, context.apiKey)}`,
        { retryable: false, endpoint: context.endpoint },
        {
          hint: 'The server answered something that is not a chat completion; check the base URL.',
          cause: error,
        },
      );
  }
}
