import { createHash } from 'node:crypto';
import type { ChatRequest } from '../../core/index.ts';

/** Bumped when the key's recipe changes, so old entries are simply never found again. */
const KEY_VERSION = 1;

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * JSON with object keys sorted and undefined fields dropped, so two requests that mean the same
 * thing spell the same text whatever order their fields were set in. Bytes become their sha256: a
 * 4096 px image hashed once costs far less than serialising it as base64 into the key.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return JSON.stringify(Number.isFinite(value) ? value : null);
  if (value instanceof Uint8Array) return canonicalJson({ $sha256: sha256(value) });
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  // bigint, symbol, function: nothing a chat request holds.
  return 'null';
}

/**
 * The request cache's key: sha256 of the canonical request plus `identity`. `identity` names what
 * changes the answer but is not in the request: the model spec, the base URL and the image policy.
 * Task hints are left out because real models never see them; baselines, which do read them, are
 * never cached.
 */
export function canonicalRequestKey(request: ChatRequest, identity: string): string {
  const { task: _task, ...seen } = request;
  return sha256(canonicalJson({ version: KEY_VERSION, identity, request: seen }));
}

/** A stable identity string from its parts, for callers that hold them separately. */
export function requestCacheIdentity(parts: Record<string, string | number | boolean | undefined>): string {
  return canonicalJson(parts);
}
