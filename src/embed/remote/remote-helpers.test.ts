import { describe, expect, it } from 'vitest';
import { parseEmbeddingsResponse } from './embeddings-response.ts';
import { describeEndpoint, embeddingsEndpoint } from './endpoint-url.ts';
import { parseRetryAfter, retryDelay } from './retry-delay.ts';

describe('embeddingsEndpoint', () => {
  it.each([
    ['http://host:8000', 'http://host:8000/v1/embeddings'],
    ['http://host:8000/', 'http://host:8000/v1/embeddings'],
    ['http://host:8000/v1', 'http://host:8000/v1/embeddings'],
    ['http://host:8000/v1/', 'http://host:8000/v1/embeddings'],
    ['https://host/openai/v1/embeddings', 'https://host/openai/v1/embeddings'],
  ])('%s posts to %s', (url, expected) => {
    expect(embeddingsEndpoint(url).href).toBe(expected);
  });

  it('leaves the query out of messages', () => {
    expect(describeEndpoint(embeddingsEndpoint('https://host/v1?api-key=secret'))).toBe(
      'https://host/v1/embeddings',
    );
  });
});

describe('retryDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => retryDelay(attempt, 500, 3000, null))).toEqual([
      500, 1000, 2000, 3000, 3000,
    ]);
  });

  it('honours Retry-After in seconds or as a date, within the cap', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryDelay(0, 500, 30_000, '2', now)).toBe(2000);
    expect(retryDelay(0, 500, 30_000, 'Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(retryDelay(0, 500, 30_000, '3600', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('parseEmbeddingsResponse', () => {
  it('orders vectors by index and ignores fields it does not use', () => {
    const body = {
      object: 'list',
      usage: { total_tokens: 3 },
      data: [
        { index: 1, embedding: [0, 1], object: 'embedding' },
        { index: 0, embedding: [1, 0], object: 'embedding' },
      ],
    };
    expect(parseEmbeddingsResponse(body, 2, 'test')).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('refuses duplicated and out-of-range indices', () => {
    const duplicated = { data: [0, 0].map((index) => ({ index, embedding: [1] })) };
    expect(() => parseEmbeddingsResponse(duplicated, 2, 'test')).toThrow(/index 0 twice/);
    const outOfRange = { data: [0, 5].map((index) => ({ index, embedding: [1] })) };
    expect(() => parseEmbeddingsResponse(outOfRange, 2, 'test')).toThrow(/index 5 out of range/);
  });
});
