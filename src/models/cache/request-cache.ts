import { z } from 'zod';
import type { ChatResponse } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';

/** The parts of a stored response we rely on; a row that no longer parses is a miss, not a crash. */
const storedResponseSchema = z.looseObject({
  message: z.looseObject({
    role: z.literal('assistant'),
    content: z.string(),
    toolCalls: z.array(z.looseObject({ id: z.string(), name: z.string(), arguments: z.string() })),
  }),
  finishReason: z.enum(['stop', 'length', 'tool_calls', 'content_filter', 'other']),
  usage: z.looseObject({ inputTokens: z.number(), outputTokens: z.number() }),
  latencyMs: z.number(),
  model: z.string(),
});

const BYTES_TAG = '$bytes';

/** JSON has no bytes; Uint8Array (and Buffer) travel as tagged base64 and come back as Uint8Array. */
export function serializeResponse(response: ChatResponse): string {
  return JSON.stringify(response, function replacer(this: unknown, key: string, value: unknown) {
    // Buffer defines toJSON, so look at the holder's original value rather than the one handed in.
    const original = (this as Record<string, unknown>)[key];
    if (original instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(original).toString('base64') };
    return value;
  });
}

export function deserializeResponse(text: string): ChatResponse | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const encoded = (value as Record<string, unknown>)[BYTES_TAG];
        if (keys.length === 1 && typeof encoded === 'string') {
          return new Uint8Array(Buffer.from(encoded, 'base64'));
        }
      }
      return value;
    });
  } catch {
    return undefined;
  }
  const result = storedResponseSchema.safeParse(parsed);
  return result.success ? (result.data as ChatResponse) : undefined;
}

export interface RequestCacheStats {
  entries: number;
  /** Hits over the cache's whole life, summed over its entries. */
  hits: number;
}

/**
 * Answers stored in the store's model_cache table. Synchronous on the raw SQLite handle: a lookup is
 * one indexed read, and a Kysely round trip per call would cost more than the read.
 */
export interface RequestCache {
  /** The stored answer, counting the hit; undefined when absent or unreadable. */
  get(key: string): ChatResponse | undefined;
  /** Stores an answer unless one is already there (two identical calls racing both succeed). */
  put(key: string, model: string, response: ChatResponse): void;
  /** Stores an answer, replacing what was there (a refresh). */
  replace(key: string, model: string, response: ChatResponse): void;
  delete(key: string): void;
  stats(): RequestCacheStats;
}

interface CacheRow {
  response: string;
}

export function openRequestCache(store: Store): RequestCache {
  const { sqlite } = store;
  const select = sqlite.prepare<[string], CacheRow>('SELECT response FROM model_cache WHERE key = ?');
  const countHit = sqlite.prepare<[string]>('UPDATE model_cache SET hits = hits + 1 WHERE key = ?');
  const insert = sqlite.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO model_cache (key, model, response, created_at) VALUES (?, ?, ?, ?)',
  );
  const upsert = sqlite.prepare<[string, string, string, string]>(
    `INSERT INTO model_cache (key, model, response, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET model = excluded.model, response = excluded.response,
       created_at = excluded.created_at, hits = 0`,
  );
  const remove = sqlite.prepare<[string]>('DELETE FROM model_cache WHERE key = ?');
  const totals = sqlite.prepare<[], { entries: number; hits: number | null }>(
    'SELECT count(*) AS entries, sum(hits) AS hits FROM model_cache',
  );

  // Only what a later call may reuse: whether it came from the cache and how many tries it took
  // describe that one call, not the answer.
  const stored = (response: ChatResponse): string => {
    const { cached: _cached, attempts: _attempts, ...answer } = response;
    return serializeResponse(answer);
  };

  return {
    get(key) {
      const row = select.get(key);
      if (row === undefined) return undefined;
      const response = deserializeResponse(row.response);
      if (response === undefined) {
        // A row we cannot read (written by a buggy or newer version) would otherwise block its key.
        remove.run(key);
        return undefined;
      }
      countHit.run(key);
      return response;
    },
    put(key, model, response) {
      insert.run(key, model, stored(response), new Date().toISOString());
    },
    replace(key, model, response) {
      upsert.run(key, model, stored(response), new Date().toISOString());
    },
    delete(key) {
      remove.run(key);
    },
    stats() {
      const row = totals.get();
      return { entries: row?.entries ?? 0, hits: row?.hits ?? 0 };
    },
  };
}
