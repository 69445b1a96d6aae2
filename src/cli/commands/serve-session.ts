import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { AtelierError, registerSecret } from '../../core/index.ts';
import { createModel, loadModelConfig, resolveModelSettings } from '../../models/index.ts';
import { createApp } from '../../server/index.ts';
import { resolveHome } from '../../store/index.ts';
import { openAssistantServices } from '../assistant-services.ts';
import type { GlobalOptions } from '../output.ts';
import { checkBinding, displayUrl } from './serve-binding.ts';

export interface ServeFlags extends GlobalOptions {
  host: string;
  port: number;
  token?: string;
  home?: string;
  model: string[];
  config?: string;
  generator?: string;
  webRoot?: string;
}

/** Where the Vite build of web/ lands, relative to this file in a checkout or an installed package. */
export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, '..', '..', '..', 'web', 'dist');

async function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  await new Promise<void>((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new AtelierError('USAGE', `port ${port} on ${host} is already in use`, {
            hint: 'Pick another with --port, or pass --port 0 for a free one.',
            cause: error,
          }),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EACCES') {
        reject(
          new AtelierError('USAGE', `cannot listen on ${host}:${port} (${error.code})`, {
            hint: 'Use an address of this machine (127.0.0.1 by default) and a port above 1023.',
            cause: error,
          }),
        );
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
  return server.address() as AddressInfo;
}

/** The models the chat offers: the --model flags (the first is the default), the rules baseline, config names. */
function chatModels(flags: readonly string[], configNames: readonly string[]): string[] {
  return [...new Set([...flags, 'rules', ...configNames])];
}

/** Runs the HTTP API (and the built web app) over one home folder until the signal fires. */
export async function runServe(options: ServeFlags, signal: AbortSignal): Promise<void> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65_535) {
    throw new AtelierError('USAGE', `--port must be 0 to 65535, got ${options.port}`, {
      hint: 'Pass --port 7860 (the default), or --port 0 for a free port.',
    });
  }
  const token = checkBinding(options.host, options.token, process.env);
  if (token !== undefined) registerSecret(token);
  const config = await loadModelConfig(options.config ? { file: options.config } : {});
  // A bad --model fails now, with its reason, rather than on the first chat message.
  for (const name of options.model) resolveModelSettings(name, config);
  const models = chatModels(options.model, Object.keys(config?.models ?? {}));
  const home = resolveHome(options.home);
  const services = await openAssistantServices(home, options.generator);
  const { store, search } = services;
  let server: Server | undefined;
  try {
    const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
    const app = createApp({
      store,
      ...(search ? { search } : {}),
      ...(token !== undefined ? { token } : {}),
      chat: {
        models,
        tools: services.tools,
        createModel: (name) => createModel(name, { store, ...(config ? { config } : {}) }),
      },
      webRoot,
      signal,
    });
    server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
    const address = await listen(server, options.host, options.port);
    const url = displayUrl(address.address, address.port);
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ url, host: options.host, port: address.port, token: token !== undefined })}\n`,
      );
    } else {
      process.stdout.write(`${url}\n`);
      const assets =
        store.sqlite.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM assets').get()?.count ?? 0;
      const lines = [
        `serving ${home}: ${assets} assets, search ${search ? 'on' : 'off (nothing indexed)'}, chat models ${models.join(', ')}`,
        existsSync(resolve(webRoot, 'index.html'))
          ? `web app from ${webRoot}`
          : `web app not built (${webRoot} is missing): / lists the API`,
        token !== undefined
          ? 'an access token is required: send "Authorization: Bearer TOKEN" (or ?token=TOKEN on GET requests)'
          : 'no access token: only this machine can connect',
        'Ctrl-C stops it',
      ];
      process.stderr.write(`${lines.join('\n')}\n`);
    }
    await new Promise<void>((resolveWait) => {
      if (signal.aborted) resolveWait();
      else signal.addEventListener('abort', () => resolveWait(), { once: true });
    });
  } finally {
    if (server?.listening) {
      const closing = new Promise<void>((resolveClose) => server?.close(() => resolveClose()));
      // Open streams (a chat turn, keep-alive sockets) would otherwise hold close() open.
      server.closeAllConnections();
      await closing;
    }
    await services.close();
  }
  if (!options.json) process.stderr.write('stopped\n');
}
