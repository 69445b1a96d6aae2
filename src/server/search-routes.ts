import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AtelierError } from '../core/index.ts';
import { type SearchEngine, searchRequestSchema } from '../search/index.ts';
import { errorResponse } from './api-error.ts';

/** Large enough for a few base64 query images, small enough that a client cannot exhaust memory. */
export const SEARCH_BODY_LIMIT = 16 * 1024 * 1024;

export function searchRoutes(engine: SearchEngine): Hono {
  const routes = new Hono();
  routes.post(
    '/search',
    bodyLimit({
      maxSize: SEARCH_BODY_LIMIT,
      onError: (context) =>
        errorResponse(
          context,
          new AtelierError('PAYLOAD_TOO_LARGE', `request body over ${SEARCH_BODY_LIMIT / 1024 / 1024} MiB`, {
            hint: 'Send fewer or smaller images, or refer to catalog images by assetId.',
          }),
        ),
    }),
    async (context) => {
      let body: unknown;
      try {
        body = await context.req.json();
      } catch {
        return errorResponse(
          context,
          new AtelierError('INVALID_ARGUMENT', 'request body is not JSON', {
            hint: 'POST a JSON object such as {"text": "red striped skirt", "k": 10}.',
          }),
        );
      }
      const parsed = searchRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return errorResponse(
          context,
          new AtelierError(
            'INVALID_ARGUMENT',
            `bad search request: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
            {
              hint: 'Give text, images, a board or filters; see the README for the request shape.',
            },
          ),
        );
      }
      try {
        // Paths name files on the server's disk; over HTTP only URLs, bytes and asset ids are allowed.
        if (parsed.data.images?.some((image) => 'path' in image)) {
          throw new AtelierError('INVALID_ARGUMENT', 'images given by path are not accepted over HTTP', {
            hint: 'Send the image as base64 bytes, an http(s) URL or a catalog assetId.',
          });
        }
        return context.json(await engine.search(parsed.data));
      } catch (error) {
        return errorResponse(context, error);
      }
    },
  );
  return routes;
}
