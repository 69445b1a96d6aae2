import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCallOptions, ChatRequest, ChatResponse, ToolCall } from '../../core/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { ModelCallError } from '../model-call-error.ts';
import { canonicalRequestKey } from './canonical-request.ts';
import { deserializeResponse, openRequestCache, serializeResponse } from './request-cache.ts';
import { withRequestCache } from './with-request-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-request-cache-'));
let store: Store;
let identities = 0;

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

function request(bytes: number[], question = 'Which colour is the skirt?'): ChatRequest {
  return {
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: question },
          { type: 'image', mediaType: 'image/png', data: new Uint8Array(bytes) },
        ],
      },
    ],
    temperature: 0,
  };
}

function response(
  content: string,
  toolCalls: ToolCall[] = [],
  finishReason: ChatResponse['finishReason'] = 'stop',
) {
  return {
    message: { role: 'assistant' as const, content, toolCalls },
    finishReason,
    usage: { inputTokens: 10, outputTokens: 2 },
    latencyMs: 123,
    model: 'served-name',
    attempts: 2,
  };
}

/** A model that answers with whatever `next` returns and counts its calls. */
function countingModel(next: (call: number) => ChatResponse | Error, kind: 'model' | 'baseline' = 'model') {
  const model = {
    id: kind === 'model' ? 'openai:fake' : 'oracle',
    kind,
    label: 'fake',
    boxFormat: 'pixels' as const,
    calls: 0,
    async complete(_request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
      model.calls++;
      const outcome = next(model.calls);
      if (outcome instanceof Error) throw outcome;
      options?.onText?.(outcome.message.content);
      return outcome;
    },
  } satisfies ChatModel & { calls: number };
  return model;
}

/** Every test gets its own identity, so entries from one test never answer another. */
const freshIdentity = () => `openai:fake@http://127.0.0.1:1/v1#test-${++identities}`;

describe('withRequestCache', () => {
  it('answers a repeated request from the cache, flagged and with the original latency', async () => {
    const model = countingModel(() => response('Red.'));
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    const first = await cached.complete(request([1, 2, 3]));
    expect(first.cached).toBeUndefined();
    const second = await cached.complete(request([1, 2, 3]));
    expect(model.calls).toBe(1);
    expect(second.cached).toBe(true);
    expect(second.message).toEqual(first.message);
    expect(second.latencyMs).toBe(123);
    expect(second.attempts).toBeUndefined();
    expect(cached.cacheCounts).toEqual({ hits: 1, misses: 1, stored: 1 });
  });

  it('misses on different image bytes and on a different identity', async () => {
    const model = countingModel((call) => response(`answer ${call}`));
    const identity = freshIdentity();
    const cached = withRequestCache(model, { store, identity, mode: 'use' });
    await cached.complete(request([1, 2, 3]));
    expect((await cached.complete(request([1, 2, 4]))).message.content).toBe('answer 2');
    const elsewhere = withRequestCache(model, { store, identity: `${identity}:other-base-url`, mode: 'use' });
    expect((await elsewhere.complete(request([1, 2, 3]))).message.content).toBe('answer 3');
    expect(model.calls).toBe(3);
  });

  it('never stores a failure: the model is asked again after an error', async () => {
    const model = countingModel((call) =>
      call === 1
        ? new ModelCallError('MODEL_REQUEST_FAILED', 'HTTP 500', { status: 500, retryable: true })
        : response('Blue.'),
    );
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    await expect(cached.complete(request([5]))).rejects.toThrow('HTTP 500');
    expect((await cached.complete(request([5]))).message.content).toBe('Blue.');
    expect((await cached.complete(request([5]))).cached).toBe(true);
    expect(model.calls).toBe(2);
  });

  it('never stores an empty answer, even a truncated one', async () => {
    const model = countingModel((call) =>
      call < 3 ? response(call === 1 ? '' : '  ', [], 'length') : response('Green.'),
    );
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    expect((await cached.complete(request([6]))).message.content).toBe('');
    expect((await cached.complete(request([6]))).message.content).toBe('  ');
    expect((await cached.complete(request([6]))).message.content).toBe('Green.');
    expect((await cached.complete(request([6]))).cached).toBe(true);
    expect(model.calls).toBe(3);
    expect(cached.cacheCounts.stored).toBe(1);
  });

  it('stores an answer that only calls tools', async () => {
    const toolCall = { id: 'call-1', name: 'zoom', arguments: '{"box":[0,0,10,10]}' };
    const model = countingModel(() => response('', [toolCall], 'tool_calls'));
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    await cached.complete(request([7]));
    const hit = await cached.complete(request([7]));
    expect(hit.cached).toBe(true);
    expect(hit.message.toolCalls).toEqual([toolCall]);
  });

  it('streams a cached answer once through onText', async () => {
    const model = countingModel(() => response('A navy blazer.'));
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    await cached.complete(request([8]));
    const deltas: string[] = [];
    await cached.complete(request([8]), { onText: (delta) => deltas.push(delta) });
    expect(deltas).toEqual(['A navy blazer.']);
    expect(model.calls).toBe(1);
  });

  it('counts hits in the table', async () => {
    const identity = freshIdentity();
    const cached = withRequestCache(
      countingModel(() => response('Yes.')),
      { store, identity, mode: 'use' },
    );
    const before = openRequestCache(store).stats();
    await cached.complete(request([9]));
    await cached.complete(request([9]));
    await cached.complete(request([9]));
    const after = openRequestCache(store).stats();
    expect(after.entries - before.entries).toBe(1);
    expect(after.hits - before.hits).toBe(2);
    const row = store.sqlite
      .prepare<[string], { hits: number; model: string }>('SELECT hits, model FROM model_cache WHERE key = ?')
      .get(canonicalRequestKey(request([9]), identity));
    expect(row).toEqual({ hits: 2, model: 'openai:fake' });
  });

  it('refresh asks the model again and replaces the stored answer; off never touches the cache', async () => {
    const identity = freshIdentity();
    const model = countingModel((call) => response(`version ${call}`));
    await withRequestCache(model, { store, identity, mode: 'use' }).complete(request([10]));
    const refreshed = await withRequestCache(model, { store, identity, mode: 'refresh' }).complete(
      request([10]),
    );
    expect(refreshed.message.content).toBe('version 2');
    const off = await withRequestCache(model, { store, identity, mode: 'off' }).complete(request([10]));
    expect(off.message.content).toBe('version 3');
    const reused = await withRequestCache(model, { store, identity, mode: 'use' }).complete(request([10]));
    expect(reused.message.content).toBe('version 2');
    expect(model.calls).toBe(3);
  });

  it('lets two identical calls race without failing', async () => {
    const model = countingModel((call) => response(`racer ${call}`));
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    const answers = await Promise.all([cached.complete(request([11])), cached.complete(request([11]))]);
    expect(answers.map((answer) => answer.message.content).sort()).toEqual(['racer 1', 'racer 2']);
    // The first answer stored wins; the second is simply not written.
    expect((await cached.complete(request([11]))).message.content).toBe('racer 1');
  });

  it('passes baselines straight through, since they answer from task hints the key leaves out', async () => {
    const model = countingModel((call) => response(`hint ${call}`), 'baseline');
    const cached = withRequestCache(model, { store, identity: freshIdentity(), mode: 'use' });
    await cached.complete({ ...request([12]), task: { answer: 'A' } });
    const second = await cached.complete({ ...request([12]), task: { answer: 'B' } });
    expect(second.message.content).toBe('hint 2');
    expect(second.cached).toBeUndefined();
  });

  it('treats an unreadable row as a miss and replaces it', async () => {
    const identity = freshIdentity();
    const key = canonicalRequestKey(request([13]), identity);
    store.sqlite
      .prepare('INSERT INTO model_cache (key, model, response, created_at) VALUES (?, ?, ?, ?)')
      .run(key, 'openai:fake', '{"not":"a response"}', new Date().toISOString());
    const model = countingModel(() => response('Fresh.'));
    const cached = withRequestCache(model, { store, identity, mode: 'use' });
    expect((await cached.complete(request([13]))).message.content).toBe('Fresh.');
    expect((await cached.complete(request([13]))).cached).toBe(true);
    expect(model.calls).toBe(1);
  });
});

describe('serializeResponse', () => {
  it('round-trips bytes, whether Uint8Array or Buffer', () => {
    const original = {
      ...response('x'),
      extra: { bytes: new Uint8Array([0, 255, 7]), buffer: Buffer.from([1, 2]) },
    };
    const back = deserializeResponse(serializeResponse(original)) as unknown as typeof original;
    expect(back.extra.bytes).toEqual(new Uint8Array([0, 255, 7]));
    expect(back.extra.buffer).toEqual(new Uint8Array([1, 2]));
    expect(back.message.content).toBe('x');
  });

  it('reads garbage as nothing', () => {
    expect(deserializeResponse('not json')).toBeUndefined();
    expect(deserializeResponse('{"message":{}}')).toBeUndefined();
  });
});
