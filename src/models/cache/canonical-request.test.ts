import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../core/index.ts';
import { canonicalJson, canonicalRequestKey, requestCacheIdentity } from './canonical-request.ts';

function withImage(bytes: number[], extra: Partial<ChatRequest> = {}): ChatRequest {
  return {
    messages: [
      { role: 'system', content: 'You are a stylist.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What colour is the skirt?' },
          { type: 'image', mediaType: 'image/png', data: new Uint8Array(bytes), name: 'image-1' },
        ],
      },
    ],
    ...extra,
  };
}

describe('canonicalJson', () => {
  it('sorts keys, drops undefined fields and hashes bytes', () => {
    expect(canonicalJson({ b: 1, a: [undefined, 'x'], c: undefined })).toBe('{"a":[null,"x"],"b":1}');
    expect(canonicalJson({ data: new Uint8Array([1]) })).toMatch(
      /^\{"data":\{"\$sha256":"[0-9a-f]{64}"\}\}$/,
    );
  });
});

describe('canonicalRequestKey', () => {
  const identity = requestCacheIdentity({
    spec: 'openai:gpt-4o',
    baseUrl: 'http://x/v1',
    images: 'max-1536',
  });

  it('is the same for equal requests whatever the field order and whichever byte array', () => {
    const reordered: ChatRequest = {
      temperature: 0,
      messages: withImage([1, 2, 3]).messages,
      maxTokens: undefined,
    };
    expect(canonicalRequestKey(withImage([1, 2, 3], { temperature: 0 }), identity)).toBe(
      canonicalRequestKey(reordered, identity),
    );
    expect(canonicalRequestKey(withImage([1, 2, 3]), identity)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the image bytes, the settings and the identity', () => {
    const base = canonicalRequestKey(withImage([1, 2, 3]), identity);
    expect(canonicalRequestKey(withImage([1, 2, 4]), identity)).not.toBe(base);
    expect(canonicalRequestKey(withImage([1, 2, 3], { temperature: 0.7 }), identity)).not.toBe(base);
    expect(canonicalRequestKey(withImage([1, 2, 3]), `${identity}:other`)).not.toBe(base);
  });

  it('keeps image URLs as written and ignores task hints', () => {
    const byUrl = (url: string, task?: ChatRequest['task']): ChatRequest => ({
      messages: [{ role: 'user', content: [{ type: 'image-url', url }] }],
      task,
    });
    const key = canonicalRequestKey(byUrl('https://a/1.png'), identity);
    expect(canonicalRequestKey(byUrl('https://a/2.png'), identity)).not.toBe(key);
    expect(
      canonicalRequestKey(byUrl('https://a/1.png', { answer: 'B', options: ['A', 'B'] }), identity),
    ).toBe(key);
  });
});
