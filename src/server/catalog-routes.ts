import { Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import { type Filter, parseFilter, type SearchEngine } from '../search/index.ts';
import type { Store } from '../store/index.ts';
import { errorResponse } from './api-error.ts';
import { type AssetCard, assetCards, CARD_COLUMNS, type CardRow, toCard } from './asset-cards.ts';
import { parseQuery } from './request-input.ts';

const MAX_FILTERS = 32;

const listQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(60),
});

const detailQuerySchema = z.object({
  similar: z.coerce.number().int().min(0).max(60).default(12),
});

interface AssetRow extends CardRow {
  caption: string | null;
  description: string | null;
  tags: string | null;
  metadata: string;
  source: string;
  updated_at: string | null;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseFilters(texts: readonly string[]): Filter[] {
  if (texts.length > MAX_FILTERS) {
    throw new AtelierError('INVALID_ARGUMENT', `at most ${MAX_FILTERS} filters, got ${texts.length}`, {
      hint: 'Combine values with "in": ?filter=color in red,navy.',
    });
  }
  return texts.map(parseFilter);
}

/**
 * GET /assets: the catalog page by page for the masonry grid, optionally filtered with the search
 * filter syntax (?filter=category=skirt&filter=price<80). GET /assets/:id: one item with all its
 * attributes and visually similar items.
 */
export function catalogRoutes(store: Store, search: SearchEngine | undefined): Hono {
  const routes = new Hono();
  const countAll = store.sqlite.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM assets');
  const pageAll = store.sqlite.prepare<[number, number], CardRow>(
    `SELECT ${CARD_COLUMNS} FROM assets ORDER BY key LIMIT ? OFFSET ?`,
  );
  const selectAsset = store.sqlite.prepare<[string], AssetRow>(
    `SELECT ${CARD_COLUMNS}, caption, description, tags, metadata, source, updated_at FROM assets WHERE id = ?`,
  );

  routes.get('/assets', async (context) => {
    try {
      const { offset, limit } = parseQuery(
        context,
        listQuerySchema,
        'Pass ?offset=0&limit=60 (limit up to 200) and any number of ?filter=FIELD=VALUE.',
      );
      const filters = parseFilters(context.req.queries('filter') ?? []);
      let items: AssetCard[];
      let total: number;
      if (filters.length === 0) {
        total = countAll.get()?.count ?? 0;
        items = pageAll.all(limit, offset).map(toCard);
      } else {
        if (!search) {
          throw new AtelierError('INDEX_MISSING', 'filtering the catalog needs an indexed catalog', {
            hint: 'Run "atelier index SOURCE" for this home folder, then restart "atelier serve".',
          });
        }
        // Filters alone make the engine browse the matching assets in catalog order.
        const response = await search.search({ filters, k: limit, offset, excludeQueryItems: false });
        total = response.filtered ?? response.results.length;
        items = assetCards(
          store,
          response.results.map((result) => result.id),
        );
      }
      const next = offset + items.length < total ? offset + items.length : null;
      return context.json({ items, offset, limit, total, next });
    } catch (error) {
      return errorResponse(context, error);
    }
  });

  routes.get('/assets/:id', async (context) => {
    try {
      const id = context.req.param('id');
      const { similar: wanted } = parseQuery(context, detailQuerySchema, 'Pass ?similar=12 (0 to 60).');
      const row = selectAsset.get(id);
      if (!row) {
        throw new AtelierError('NOT_FOUND', `no asset "${id}" in the catalog`, {
          hint: 'Use an id from GET /api/assets or a search result.',
        });
      }
      const similar =
        search && wanted > 0 ? (await search.search({ images: [{ assetId: id }], k: wanted })).results : [];
      const cards = new Map(
        assetCards(
          store,
          similar.map((result) => result.id),
        ).map((card) => [card.id, card]),
      );
      return context.json({
        asset: {
          ...toCard(row),
          caption: row.caption,
          description: row.description,
          tags: parseJson(row.tags) ?? [],
          source: row.source,
          updatedAt: row.updated_at,
          attributes: parseJson(row.metadata) ?? {},
        },
        similar: similar.flatMap((result) => {
          const card = cards.get(result.id);
          return card ? [{ ...card, score: result.score, why: result.why }] : [];
        }),
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}
