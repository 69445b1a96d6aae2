import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A model server on 127.0.0.1 for adapter tests: it records every request as it arrived on the
 * wire and answers with the next scripted reply (JSON, a server-sent event stream, or silence).
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  /** Each string is one event, written as it is, with a pause between events. */
  | { status?: number; headers?: Record<string, string>; events: string[] }
  /** Headers only, or nothing at all: for timeouts. */
  | { hang: 'before-headers' | 'mid-stream'; events?: string[] };

export interface RecordingServer {
  /** http://127.0.0.1:PORT */
  url: string;
  requests: RecordedRequest[];
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

async function writeEvents(response: ServerResponse, events: string[]): Promise<void> {
  for (const event of events) {
    response.write(event);
    // Separate writes, so the client really receives the answer in pieces.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const body = await readJson(request);
    requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
    const reply = queue.shift();
    if (reply === undefined) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"no reply scripted for this request"}}');
      return;
    }
    if ('hang' in reply) {
      if (reply.hang === 'mid-stream') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        await writeEvents(response, reply.events ?? []);
      }
      return;
    }
    if ('events' in reply) {
      response.writeHead(reply.status ?? 200, { 'content-type': 'text/event-stream', ...reply.headers });
      await writeEvents(response, reply.events);
      response.end();
      return;
    }
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    response.end(typeof reply.json === 'string' ? reply.json : JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
