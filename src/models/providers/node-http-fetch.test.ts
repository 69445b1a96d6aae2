import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHttpFetch } from './node-http-fetch.ts';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('createNodeHttpFetch', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  it('sends method, headers and a text body, and answers with a real Response', async () => {
    const seen: { method?: string; type?: string; length?: string; body?: string; ports: number[] } = {
      ports: [],
    };
    const started = await serve((request, body, response) => {
      seen.method = request.method;
      seen.type = request.headers['content-type'];
      seen.length = request.headers['content-length'];
      seen.body = body;
      seen.ports.push(request.socket.remotePort ?? 0);
      response.writeHead(201, 'Made', { 'content-type': 'application/json', 'x-request-id': 'req-7' });
      response.end(JSON.stringify({ echoed: JSON.parse(body) }));
    });
    server = started.server;
    const fetcher = createNodeHttpFetch();
    const text = JSON.stringify({ question: 'Navy — or ivory?' });
    const init = { method: 'POST', headers: new Headers({ 'Content-Type': 'application/json' }), body: text };
    const response = await fetcher(`${started.url}/v1/chat/completions`, init);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.headers.get('x-request-id')).toBe('req-7');
    expect(await response.json()).toEqual({ echoed: { question: 'Navy — or ivory?' } });
    expect(seen).toMatchObject({ method: 'POST', type: 'application/json', body: text });
    // Bytes, not characters: the dash is three bytes in UTF-8.
    expect(Number(seen.length)).toBe(Buffer.byteLength(text));
    // Keep-alive: the second call goes over the same connection.
    await (await fetcher(`${started.url}/v1/chat/completions`, init)).text();
    expect(seen.ports[1]).toBe(seen.ports[0]);
  });

  it('gives a 204 a null body, and an error status its body', async () => {
    let status = 204;
    const started = await serve((_request, _body, response) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(status === 204 ? undefined : '{"error":{"message":"busy"}}');
    });
    server = started.server;
    const fetcher = createNodeHttpFetch();
    const empty = await fetcher(started.url, { method: 'POST', body: '{}' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    status = 503;
    const busy = await fetcher(started.url, { method: 'POST', body: '{}' });
    expect(busy.ok).toBe(false);
    expect(await busy.json()).toEqual({ error: { message: 'busy' } });
  });

  it('rejects with an AbortError when the signal fires before the answer', async () => {
    const started = await serve(() => {
      // Never answers.
    });
    server = started.server;
    const controller = new AbortController();
    const pending = createNodeHttpFetch()(started.url, {
      method: 'POST',
      body: '{}',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error.name).toBe('AbortError');
    const already = await rejection(
      createNodeHttpFetch()(started.url, { method: 'POST', body: '{}', signal: AbortSignal.abort() }),
    );
    expect(already.name).toBe('AbortError');
  });

  it('rejects when the connection is cut before the whole answer, and when nobody listens', async () => {
    const started = await serve((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"choices": [');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    server = started.server;
    const cut = await rejection(createNodeHttpFetch()(started.url, { method: 'POST', body: '{}' }));
    expect(cut.name).not.toBe('AbortError');

    const gone = await serve(() => {});
    await new Promise((resolve) => gone.server.close(resolve));
    const refused = await rejection(createNodeHttpFetch()(gone.url, { method: 'POST', body: '{}' }));
    expect(refused.message).toContain('ECONNREFUSED');
  });

  it('leaves streamed bodies to the global fetch', async () => {
    const started = await serve((_request, body, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`got ${body}`);
    });
    server = started.server;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    const response = await createNodeHttpFetch()(started.url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await response.text()).toBe('got streamed');
  });
});
