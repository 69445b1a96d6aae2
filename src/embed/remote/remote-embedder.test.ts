import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbedder } from '../create-embedder.ts';
import { EmbedError } from '../embed-error.ts';
import {
  defaultReply,
  type FakeEmbeddingsServer,
  fakeVector,
  startFakeEmbeddingsServer,
} from '../test-support/fake-embeddings-server.ts';
import { shapePng } from '../test-support/test-images.ts';

const FAST_RETRIES = { retryBaseDelayMs: 5, maxRetryDelayMs: 50 };

function norm(vector: Float32Array): number {
  return Math.hypot(...vector);
}

function cosine(first: Float32Array, second: Float32Array): number {
  return first.reduce((sum, value, index) => sum + value * (second[index] as number), 0);
}

async function rejection(promise: Promise<unknown>): Promise<EmbedError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmbedError);
  return error as EmbedError;
}

describe('remote embedder', () => {
  let server: FakeEmbeddingsServer;

  beforeEach(async () => {
    server = await startFakeEmbeddingsServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('posts images as data URLs with the model and the bearer key, and returns unit vectors in input order', async () => {
    const embedder = await createEmbedder(`remote:${server.url}/v1#vision-embedder`, {
      apiKey: 'secret-key',
      batchSize: 2,
      env: {},
    });
    const images = await Promise.all(['#c21f2a', '#2456c4', '#2e8b47'].map((color) => shapePng({ color })));
    const vectors = await embedder.embedImages(images);

    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v1/embeddings');
      expect(request.contentType).toBe('application/json');
      expect(request.authorization).toBe('Bearer secret-key');
      expect(request.model).toBe('vision-embedder');
      for (const input of request.input)
        expect(String(input)).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    }
    expect(server.requests.map((request) => request.input.length)).toEqual([2, 1]);
    expect(server.requests[0]?.input[0]).toBe(`data:image/png;base64,${images[0]?.toString('base64')}`);

    expect(vectors).toHaveLength(3);
    server.requests
      .flatMap((request) => request.input)
      .forEach((input, index) => {
        const expected = fakeVector(String(input));
        const vector = vectors[index] as Float32Array;
        expect(norm(vector)).toBeCloseTo(1, 5);
        expect(cosine(vector, Float32Array.from(expected)) / norm(Float32Array.from(expected))).toBeCloseTo(
          1,
          5,
        );
      });
    expect(embedder.supportsText).toBe(true);
    expect(embedder.id).toBe(`remote:${server.url}/v1#vision-embedder`);
  });

  it('embeds texts as plain strings, reading the key from ATELIER_EMBED_API_KEY', async () => {
    const embedder = await createEmbedder(`remote:${server.url}#text-model`, {
      env: { ATELIER_EMBED_API_KEY: 'from-env' },
    });
    const vectors = await embedder.embedTexts(['a red dress', 'navy wool coat']);
    expect(server.requests[0]?.input).toEqual(['a red dress', 'navy wool coat']);
    expect(server.requests[0]?.authorization).toBe('Bearer from-env');
    expect(vectors.map(norm)).toEqual([expect.closeTo(1, 5), expect.closeTo(1, 5)]);
    expect(cosine(vectors[0] as Float32Array, vectors[1] as Float32Array)).toBeLessThan(0.99);
  });

  it('sends no authorization header without a key, and converts formats servers may not read to PNG', async () => {
    const embedder = await createEmbedder(`remote:${server.url}/v1/embeddings#m`, { env: {} });
    const tiff = await sharp(await shapePng({ color: '#6a3d9a' }))
      .tiff()
      .toBuffer();
    await embedder.embedImages([tiff]);
    expect(server.requests[0]?.authorization).toBeUndefined();
    expect(String(server.requests[0]?.input[0])).toMatch(/^data:image\/png;base64,/);
  });

  it('retries a 429, honouring Retry-After, then succeeds', async () => {
    server.respond = (_request, number) =>
      number === 1
        ? { status: 429, headers: { 'retry-after': '0' }, body: '{"error":"slow down"}' }
        : undefined;
    const embedder = await createEmbedder(`remote:${server.url}#m`, { ...FAST_RETRIES, env: {} });
    const vectors = await embedder.embedTexts(['one']);
    expect(server.requests).toHaveLength(2);
    expect(vectors).toHaveLength(1);
  });

  it('gives up after maxRetries on 5xx with a REMOTE_STATUS error that names the endpoint', async () => {
    server.respond = () => ({ status: 503, body: '{"error":"loading model"}' });
    const embedder = await createEmbedder(`remote:${server.url}#m`, {
      ...FAST_RETRIES,
      maxRetries: 2,
      env: {},
    });
    const error = await rejection(embedder.embedTexts(['one']));
    expect(error.code).toBe('REMOTE_STATUS');
    expect(error.message).toContain(`${server.url}/v1/embeddings`);
    expect(error.message).toContain('503');
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 401 and never repeats the key in the error', async () => {
    server.respond = (request) => ({ status: 401, body: `{"error":"bad key ${request.authorization}"}` });
    const embedder = await createEmbedder(`remote:${server.url}#m`, {
      apiKey: 'top-secret',
      ...FAST_RETRIES,
      env: {},
    });
    const error = await rejection(embedder.embedTexts(['one']));
    expect(error.code).toBe('REMOTE_STATUS');
    expect(error.hint).toContain('ATELIER_EMBED_API_KEY');
    expect(JSON.stringify({ message: error.message, hint: error.hint })).not.toContain('top-secret');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a malformed response as REMOTE_MALFORMED', async () => {
    server.respond = () => ({
      status: 200,
      body: JSON.stringify({ data: [{ index: 0, embedding: 'oops' }] }),
    });
    const embedder = await createEmbedder(`remote:${server.url}#m`, { env: {} });
    const error = await rejection(embedder.embedTexts(['one']));
    expect(error.code).toBe('REMOTE_MALFORMED');
    expect(error.message).toContain('data.0.embedding');

    server.respond = () => ({ status: 200, body: '<html>proxy login</html>' });
    expect((await rejection(embedder.embedTexts(['one']))).code).toBe('REMOTE_MALFORMED');
  });

  it('rejects a wrong number of embeddings and inconsistent dimensions', async () => {
    server.respond = (request) => {
      const reply = JSON.parse(defaultReply(request).body) as { data: unknown[] };
      return { status: 200, body: JSON.stringify({ data: reply.data.slice(1) }) };
    };
    const embedder = await createEmbedder(`remote:${server.url}#m`, { env: {} });
    const wrongCount = await rejection(embedder.embedTexts(['one', 'two']));
    expect(wrongCount.code).toBe('EMBEDDING_INVALID');
    expect(wrongCount.message).toContain('1 embeddings for 2 inputs');

    server.respond = (request) => ({
      status: 200,
      body: JSON.stringify({
        data: request.input.map((input, index) => ({
          index,
          embedding: fakeVector(String(input), 4 + index),
        })),
      }),
    });
    const mixed = await rejection(embedder.embedTexts(['one', 'two']));
    expect(mixed.code).toBe('EMBEDDING_INVALID');
    expect(mixed.message).toMatch(/5-dimensional vector where earlier ones had 4/);
  });

  it('times out a silent server and reports it as REMOTE_UNREACHABLE', async () => {
    server.respond = (request) => ({ ...defaultReply(request), delayMs: 500 });
    const embedder = await createEmbedder(`remote:${server.url}#m`, {
      timeoutMs: 50,
      maxRetries: 1,
      ...FAST_RETRIES,
      env: {},
    });
    const error = await rejection(embedder.embedTexts(['one']));
    expect(error.code).toBe('REMOTE_UNREACHABLE');
    expect(error.message).toContain('no answer within 50 ms');
    expect(server.requests).toHaveLength(2);
  });

  it('reports a closed port as REMOTE_UNREACHABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const embedder = await createEmbedder(`remote:http://127.0.0.1:${port}#m`, {
      maxRetries: 1,
      ...FAST_RETRIES,
      env: {},
    });
    const error = await rejection(embedder.embedTexts(['one']));
    expect(error.code).toBe('REMOTE_UNREACHABLE');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.hint).toContain('Start the embedding server');
  });

  it('refuses to work after close()', async () => {
    const embedder = await createEmbedder(`remote:${server.url}#m`, { env: {} });
    await embedder.close();
    expect((await rejection(embedder.embedTexts(['one']))).code).toBe('EMBEDDER_CLOSED');
  });
});
