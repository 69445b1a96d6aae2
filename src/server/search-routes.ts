import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AtelierError } from '../core/index.ts';
import {
  type SearchEngine,
  type SearchResponse,
  type SearchResult,
  searchRequestSchema,
} from '../search/index.ts';
import type { Store } from '../store/index.ts';
import { errorResponse } from './api-error.ts';
import { type AssetCard, assetCards, toCard } from './asset-cards.ts';

/** Large enough for a few base64 query images, small enough that a client cannot exhaust memory. */
export const SEARCH_BODY_LIMIT = 16 * 1024 * 1024;

/** A hit is also a grid card: the fields they share (id, title, category, price, sha256) agree. */
export type SearchHit = SearchResult & AssetCard;

/**
 * The engine's hits name images by hash and carry no pixel size; a grid needs both to lay out its
 * tiles before the images arrive, so each hit gets its card here (one indexed read for the page)
 * instead of the client asking for the cards in a second request.
 */
function withCards(store: Store, response: SearchResponse): SearchResponse & { results: SearchHit[] } {
  const cards = new Map(
    assetCards(
      store,
      response.results.map((result) => result.id),
    ).map((card) => [card.id, card]),
  );
  return {
    ...response,
    results: response.results.map((result) => ({
      ...result,
      // An asset removed since the engine read it still gets a card, without its pixel size.
      ...(cards.get(result.id) ??
        toCard({ ...result, width: null, height: null, thumbnail_sha256: result.thumbnailSha256 })),
    })),
  };
}

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
        return context.json(withCards(engine.store, await engine.search(parsed.data)));
      } catch (error) {
        return errorResponse(context, error);
      }
    },
  );
  return routes;
}
