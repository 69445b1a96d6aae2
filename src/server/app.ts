import { Hono } from 'hono';
import type { SearchEngine } from '../search/index.ts';
import { searchRoutes } from './search-routes.ts';

export interface AppServices {
  search: SearchEngine;
}

/** The HTTP API, one route file per area, mounted under /api. Tested in-process with app.request(). */
export function createApp(services: AppServices): Hono {
  const app = new Hono();
  app.get('/api/health', (context) => context.json({ ok: true }));
  app.route('/api', searchRoutes(services.search));
  return app;
}
