import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { AtelierError } from '../../core/index.ts';
import { createMockApp } from './mock-app.ts';
import { type MockScriptInput, parseMockScript } from './mock-script.ts';
import type { RecordedRequest } from './request-log.ts';

export interface StartMockServerOptions {
  script: MockScriptInput;
  /** Default 127.0.0.1: the mock is for this machine's tests and demos. */
  host?: string;
  /** Default 0: a free port, read back from `port`. */
  port?: number;
  /** How many recent requests the log keeps (default 1,000). */
  logLimit?: number;
}

export interface MockServer {
  /** The base URL an OpenAI client takes, ending in /v1. */
  url: string;
  port: number;
  host: string;
  /** The recorded requests, oldest first. */
  requests(): RecordedRequest[];
  /** Every request since the start or the last reset. */
  requestCount(): number;
  /** Back to the first step, with an empty log. */
  reset(): void;
  /** Stops listening and ends open connections, hanging ones included. */
  close(): Promise<void>;
}

/** A scripted OpenAI-compatible server on a real port (see mock-script.ts for what it can play). */
export async function startMockServer(options: StartMockServerOptions): Promise<MockServer> {
  const script = parseMockScript(options.script);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new AtelierError('INVALID_ARGUMENT', `port must be a whole number from 0 to 65535, got ${port}`, {
      hint: 'Pass port 0 (--port 0) for a free port.',
    });
  }
  const mock = createMockApp(script, options.logLimit === undefined ? {} : { logLimit: options.logLimit });
  const server = createAdaptorServer({ fetch: mock.app.fetch, hostname: host });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new AtelierError('INVALID_ARGUMENT', `port ${port} on ${host} is already in use`, {
            hint: 'Pick another port, or pass port 0 (--port 0) for a free one.',
            cause: error,
          }),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EACCES') {
        reject(
          new AtelierError('INVALID_ARGUMENT', `cannot listen on ${host}:${port} (${error.code})`, {
            hint: 'Use a host address of this machine (127.0.0.1 by default) and a port above 1023.',
            cause: error,
          }),
        );
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  const address = server.address() as AddressInfo;
  // A wildcard address listens everywhere but is no address to send requests to.
  const reachable =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const urlHost = reachable.includes(':') ? `[${reachable}]` : reachable;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}/v1`,
    port: address.port,
    host,
    requests: () => mock.requests(),
    requestCount: () => mock.requestCount(),
    reset: () => mock.reset(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        mock.dispose();
        // Idle keep-alive sockets and hanging requests would otherwise hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      return closing;
    },
  };
}
