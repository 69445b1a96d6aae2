import { ApiError, errorFromResponse } from './api-error.ts';
import { accessToken } from './token.ts';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** `/api/x` plus a query string; undefined, null and empty values are left out, arrays repeat the key. */
export function apiPath(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = accessToken();
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      'NETWORK',
      `cannot reach the Atelier server (${String(error)})`,
      0,
      'Is "atelier serve" still running?',
    );
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

export function apiGet<T>(
  path: string,
  query: Record<string, QueryValue> = {},
  signal?: AbortSignal,
): Promise<T> {
  return send<T>(apiPath(path, query), { headers: headers(), ...(signal ? { signal } : {}) });
}

export function apiPost<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return send<T>(path, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json' }),
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** A POST whose answer is read as a stream (Server-Sent Events); the caller reads response.body. */
export async function apiPostStream(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json', accept: 'text/event-stream' }),
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/**
 * An image URL from the API (`/api/blobs/…`, `/api/thumbnails/…`) as an <img> can load it: an
 * <img> cannot send headers, so with a token the token rides in the query (GET only, by design).
 */
export function imageSrc(url: string): string {
  const token = accessToken();
  if (!token || !url.startsWith('/api/')) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
