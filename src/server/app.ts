import { Hono } from 'hono';
import { AtelierError } from '../core/index.ts';
import type { SearchEngine } from '../search/index.ts';
import type { Store } from '../store/index.ts';
import { accessGuard } from './access-guard.ts';
import { errorResponse } from './api-error.ts';
import { API_ROUTES } from './api-routes-list.ts';
import { blobRoutes } from './blob-routes.ts';
import { boardRoutes } from './board-routes.ts';
import { catalogRoutes } from './catalog-routes.ts';
import type { ChatOptions } from './chat-options.ts';
import { chatRoutes } from './chat-routes.ts';
import { compareRoutes } from './compare-routes.ts';
import { facetRoutes } from './facet-routes.ts';
import { runRoutes } from './run-routes.ts';
import { createRunSummaries } from './run-summaries.ts';
import { createSampleQuery } from './sample-query.ts';
import { searchRoutes } from './search-routes.ts';
import { staticRoutes } from './static-routes.ts';
import { traceRoutes } from './trace-routes.ts';

export interface AppServices {
  store: Store;
  /** The catalog's search engine; without one (nothing indexed) search and filters answer 409. */
  search?: SearchEngine;
  /** Required on every /api/* call when set (see access-guard.ts). */
  token?: string;
  /** Host names a token-less server answers (default: loopback names only). */
  allowedHosts?: readonly string[];
  chat?: ChatOptions;
  /** The built browser app (web/dist); without it `/` says the app is not built. */
  webRoot?: string;
  /** Runs with more rows than this are summarised in a child process (default 5,000). */
  inlineSummaryRows?: number;
  /** Aborting it stops what the app started in the background (the summary process). */
  signal?: AbortSignal;
}

/** The HTTP API, one route file per area, mounted under /api. Tested in-process with app.request(). */
export function createApp(services: AppServices): Hono {
  const { store, search } = services;
  const app = new Hono();
  app.use('*', async (context, next) => {
    await next();
    // No page of ours is meant to be framed, and URLs (which may carry ?token=) never leak as a Referer.
    context.header('X-Frame-Options', 'DENY');
    context.header('Referrer-Policy', 'no-referrer');
  });
  app.use(
    '/api/*',
    accessGuard({
      ...(services.token !== undefined ? { token: services.token } : {}),
      ...(services.allowedHosts ? { allowedHosts: services.allowedHosts } : {}),
    }),
  );
  app.get('/api/health', (context) => context.json({ ok: true, search: search !== undefined }));
  app.get('/api', (context) =>
    context.json({ routes: API_ROUTES.map(([method, path, what]) => ({ method, path, what })) }),
  );
  if (search) app.route('/api', searchRoutes(search));
  else {
    app.post('/api/search', (context) =>
      errorResponse(
        context,
        new AtelierError('INDEX_MISSING', `no catalog has been indexed in ${store.home}`, {
          hint: 'Run "atelier index SOURCE" (or "atelier demo"), then restart "atelier serve".',
        }),
      ),
    );
  }
  const summaries = createRunSummaries(
    store,
    services.inlineSummaryRows === undefined ? {} : { inlineRows: services.inlineSummaryRows },
  );
  services.signal?.addEventListener('abort', () => summaries.close(), { once: true });
  const samples = createSampleQuery(store);
  app.route('/api', catalogRoutes(store, search));
  app.route('/api', facetRoutes(store));
  app.route('/api', blobRoutes(store.blobs));
  app.route('/api', boardRoutes(store));
  app.route('/api', runRoutes(summaries, samples));
  app.route('/api', compareRoutes(store, summaries, samples));
  app.route('/api', chatRoutes(store, search, services.chat));
  app.route('/api', traceRoutes(store));
  app.all('/api/*', (context) =>
    errorResponse(
      context,
      new AtelierError(
        'NOT_FOUND',
        `no API route ${context.req.method} ${new URL(context.req.url).pathname}`,
        {
          hint: 'GET /api lists the routes.',
        },
      ),
    ),
  );
  app.route('/', staticRoutes(services.webRoot));
  app.onError((error, context) => errorResponse(context, error));
  return app;
}
