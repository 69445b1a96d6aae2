import type { z } from 'zod';
import { AtelierError } from '../../core/index.ts';

export interface HttpOptions {
  /** The backend's name for messages ("ComfyUI", "OpenAI images"). */
  backend: string;
  signal?: AbortSignal;
  timeoutMs: number;
  /** Values never to repeat in an error message (API keys a server might echo back). */
  secrets?: readonly string[];
}

const EXCERPT_LENGTH = 300;

function redact(text: string, secrets: readonly string[] = []): string {
  return secrets.reduce(
    (result, secret) => (secret === '' ? result : result.split(secret).join('***')),
    text,
  );
}

function hintFor(status: number, backend: string): string {
  if (status === 401 || status === 403) return `Check the API key or credentials ${backend} expects.`;
  if (status === 404)
    return `Check the server URL and the model or endpoint name; ${backend} does not know this one.`;
  if (status === 400 || status === 422)
    return `${backend} refused the request; the message above says which field.`;
  if (status === 429) return `${backend} is rate-limiting; wait and retry, or lower the request rate.`;
  return `${backend} failed on its side; check its log and retry.`;
}

/** The error text a server sent, from the JSON shapes servers use, or the raw text shortened. */
function serverMessage(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const error = body.error;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
      return (error as { message: string }).message;
    }
    for (const key of ['detail', 'message', 'errors']) {
      if (typeof body[key] === 'string') return body[key] as string;
    }
  } catch {
    // Not JSON: show the text itself.
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/**
 * One HTTP exchange with a generator server. Every way it can fail (unreachable, timed out, an error
 * status) becomes GENERATOR_FAILED with the URL and a hint; a caller's abort stays an abort.
 */
export async function generatorFetch(
  url: string,
  init: RequestInit,
  options: HttpOptions,
): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    const reason = timeout.aborted
      ? `no answer within ${Math.round(options.timeoutMs / 1000)} s`
      : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
    throw new AtelierError('GENERATOR_FAILED', `cannot reach ${options.backend} at ${url}: ${reason}`, {
      hint: `Check that ${options.backend} is running and reachable at that address.`,
      cause: error,
    });
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    const detail = redact(serverMessage(text), options.secrets);
    throw new AtelierError(
      'GENERATOR_FAILED',
      `${options.backend} answered ${response.status} ${response.statusText} at ${url}${detail ? `: ${detail}` : ''}`,
      { hint: hintFor(response.status, options.backend) },
    );
  }
  return response;
}

/** Reads a JSON answer and keeps only what the schema names; anything else is GENERATOR_FAILED. */
export async function readGeneratorJson<T>(
  response: Response,
  schema: z.ZodType<T>,
  url: string,
  backend: string,
): Promise<T> {
  const text = await response.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AtelierError('GENERATOR_FAILED', `${backend} at ${url} did not answer with JSON`, {
      hint: `Check that the URL points at ${backend} itself, not a proxy or web page.`,
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtelierError(
      'GENERATOR_FAILED',
      `${backend} at ${url} answered an unexpected shape (${issue?.path.join('.') || 'body'}: ${issue?.message})`,
      { hint: `Check that the server is ${backend} and its version supports this API.` },
    );
  }
  return parsed.data;
}
