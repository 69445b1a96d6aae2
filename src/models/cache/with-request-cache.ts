import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import { AtelierError } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { canonicalRequestKey } from './canonical-request.ts';
import { openRequestCache, type RequestCache } from './request-cache.ts';

/** use: read and write; refresh: call the model and overwrite what was stored; off: no cache. */
export type RequestCacheMode = 'use' | 'refresh' | 'off';

export interface RequestCacheOptions {
  store: Store;
  /** What changes answers besides the request: model spec, base URL, image policy (see canonicalRequestKey). */
  identity: string;
  mode: RequestCacheMode;
}

/** This wrapper's counts since it was made, for a progress line ("41 cached"). */
export interface RequestCacheCounts {
  hits: number;
  misses: number;
  stored: number;
}

export interface CachedChatModel extends ChatModel {
  readonly cacheCounts: Readonly<RequestCacheCounts>;
}

/**
 * Whether an answer may be replayed. An empty answer (no text, no tool calls) is usually a server
 * hiccup or a truncation before anything came out; replaying it would turn one bad call into a
 * permanent wrong answer for that sample.
 */
export function isCacheableResponse(response: ChatResponse): boolean {
  return response.message.content.trim().length > 0 || response.message.toolCalls.length > 0;
}

function cancelled(model: ChatModel): AtelierError {
  return new AtelierError('INTERRUPTED', `the call to ${model.id} was cancelled`, {
    hint: 'Run the command again to resume; answers already received are cached.',
  });
}

/**
 * A ChatModel that answers a request it has seen before from the store's model_cache, so a resumed
 * or repeated run costs nothing for the calls it already made. Only successful, non-empty answers are
 * stored: errors and empty answers must be asked again next time. Baselines pass straight through,
 * since they answer from task hints that the key leaves out. Put it outside withReliability, so that
 * hits take no limiter slot.
 */
export function withRequestCache(model: ChatModel, options: RequestCacheOptions): CachedChatModel {
  const counts: RequestCacheCounts = { hits: 0, misses: 0, stored: 0 };
  const passThrough = options.mode === 'off' || model.kind === 'baseline';
  const cache: RequestCache | undefined = passThrough ? undefined : openRequestCache(options.store);
  const { identity, mode } = options;

  async function complete(request: ChatRequest, callOptions?: ChatCallOptions): Promise<ChatResponse> {
    if (cache === undefined) return model.complete(request, callOptions);
    if (callOptions?.signal?.aborted) throw cancelled(model);
    const key = canonicalRequestKey(request, identity);
    if (mode === 'use') {
      const hit = cache.get(key);
      if (hit !== undefined) {
        counts.hits++;
        // A streaming view shows a cached answer too, all at once.
        if (hit.message.content.length > 0) callOptions?.onText?.(hit.message.content);
        return { ...hit, cached: true };
      }
    }
    counts.misses++;
    const response = await model.complete(request, callOptions);
    if (isCacheableResponse(response)) {
      if (mode === 'refresh') cache.replace(key, model.id, response);
      else cache.put(key, model.id, response);
      counts.stored++;
    }
    return response;
  }

  const cached: CachedChatModel = {
    id: model.id,
    kind: model.kind,
    label: model.label,
    boxFormat: model.boxFormat,
    cacheCounts: counts,
    complete,
  };
  if (model.close !== undefined) cached.close = () => model.close!();
  return cached;
}
