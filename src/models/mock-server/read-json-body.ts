import { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The request body, parsed as JSON; throws when it is not JSON. Behind @hono/node-server the body is
 * read straight from Node's request: building a web Request around it and reading that through web
 * streams was the largest part of the mock's time per request in the eval throughput benchmark
 * (perf/eval.ts), where the mock's CPU competes with the harness it measures. In-process
 * `app.request()` calls (tests) have no Node request and read the web one.
 */
export async function readJsonBody(context: Context): Promise<unknown> {
  const incoming = nodeRequest(context);
  if (incoming === undefined) return context.req.json();
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.once('error', reject);
  });
  return JSON.parse(text);
}

function nodeRequest(context: Context): IncomingMessage | undefined {
  const env: unknown = context.env;
  if (typeof env !== 'object' || env === null) return undefined;
  const incoming: unknown = Reflect.get(env, 'incoming');
  // Only a body nobody has started to read: otherwise the web Request may hold part of it.
  if (!(incoming instanceof IncomingMessage) || incoming.readableDidRead || incoming.readableEnded) {
    return undefined;
  }
  return incoming;
}
