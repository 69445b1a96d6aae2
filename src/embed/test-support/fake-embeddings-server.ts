import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible /v1/embeddings server on 127.0.0.1 for tests. It records every request,
 * refuses ones a real server would refuse (wrong path or method, no model, input not a list), and
 * answers with vectors derived from a hash of each input, so the same input always gets the same
 * vector. `respond` overrides the answer for one request to script rate limits and broken servers.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  model: unknown;
  input: unknown[];
}

export type Reply = { status: number; headers?: Record<string, string>; body: string; delayMs?: number };

export interface FakeEmbeddingsServer {
  url: string;
  requests: RecordedRequest[];
  /** Called for every valid request; return a reply to override the default answer. */
  respond: (request: RecordedRequest, number: number) => Reply | undefined;
  close(): Promise<void>;
}

export const FAKE_DIMENSIONS = 6;

/** Deterministic, not normalised (the embedder must normalise), different for different inputs. */
export function fakeVector(input: string, dimensions = FAKE_DIMENSIONS): number[] {
  const digest = createHash('sha256').update(input).digest();
  return Array.from({ length: dimensions }, (_, index) => (digest[index] as number) - 127.5);
}

export function defaultReply(request: RecordedRequest): Reply {
  const data = request.input.map((input, index) => ({
    object: 'embedding',
    index,
    embedding: fakeVector(String(input)),
  }));
  // Real servers do not promise order; reversing makes the embedder prove it sorts by index.
  data.reverse();
  return {
    status: 200,
    body: JSON.stringify({
      object: 'list',
      data,
      model: request.model,
      usage: { prompt_tokens: 1, total_tokens: 1 },
    }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply): void {
  const write = () => {
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body);
  };
  if (reply.delayMs === undefined) write();
  else setTimeout(write, reply.delayMs);
}

export async function startFakeEmbeddingsServer(): Promise<FakeEmbeddingsServer> {
  const fake: FakeEmbeddingsServer = {
    url: '',
    requests: [],
    respond: () => undefined,
    close: async () => {},
  };
  const server: Server = createServer(async (request, response) => {
    const text = await readBody(request);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      send(response, { status: 400, body: '{"error":"body is not JSON"}' });
      return;
    }
    const input = typeof body === 'object' && body !== null ? Reflect.get(body, 'input') : undefined;
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      model: typeof body === 'object' && body !== null ? Reflect.get(body, 'model') : undefined,
      input: Array.isArray(input) ? input : [],
    };
    fake.requests.push(recorded);
    if (recorded.method !== 'POST' || recorded.path !== '/v1/embeddings') {
      send(response, { status: 404, body: '{"error":"not found"}' });
      return;
    }
    if (typeof recorded.model !== 'string' || !Array.isArray(input)) {
      send(response, { status: 400, body: '{"error":"model and input are required"}' });
      return;
    }
    send(response, fake.respond(recorded, fake.requests.length) ?? defaultReply(recorded));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return fake;
}
