import { Hono } from 'hono';
import { z } from 'zod';
import { listTraces, readTrace } from '../agent/index.ts';
import type { Store } from '../store/index.ts';
import { errorResponse } from './api-error.ts';
import { withImageUrls } from './image-urls-deep.ts';
import { parseQuery } from './request-input.ts';

const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

/** GET /traces (newest first) and GET /traces/:id (the opening request and every event, with image URLs). */
export function traceRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/traces', (context) => {
    try {
      const { limit } = parseQuery(context, listQuerySchema, 'Pass ?limit=50 (up to 500).');
      return context.json({ traces: listTraces(store, { limit }) });
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  routes.get('/traces/:id', (context) => {
    try {
      return context.json(
        withImageUrls(readTrace(store, context.req.param('id'))) as Record<string, unknown>,
      );
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}
