import { Hono } from 'hono';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { type Item, inferTaste, itemSchema, tasteSummary } from '../world/index.ts';
import { errorResponse } from './api-error.ts';
import { assetCards } from './asset-cards.ts';
import { boardVocabulary } from './board-vocabulary.ts';

const idsSchema = z.array(z.string());
const mixtureSchema = z.record(z.string(), z.number());

interface BoardRow {
  user_id: string;
  item_ids: string;
  taste: string | null;
  updated_at: string;
}

function parseOr<T>(schema: z.ZodType<T>, text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * GET /boards: every user with a board and how many items it holds. GET /boards/:user: the items,
 * the latent taste stored with a generated board (the ground truth) and the taste inferred from
 * the items by the world's model, side by side so the page can show how well taste is recoverable,
 * with the world's profiles of the archetypes and the hex of the colours the two name.
 */
export function boardRoutes(store: Store): Hono {
  const routes = new Hono();
  const selectBoards = store.sqlite.prepare<[], BoardRow>(
    'SELECT user_id, item_ids, taste, updated_at FROM boards ORDER BY user_id',
  );
  const selectBoard = store.sqlite.prepare<[string], BoardRow>(
    'SELECT user_id, item_ids, taste, updated_at FROM boards WHERE user_id = ?',
  );
  const selectMetadata = (ids: readonly string[]) =>
    store.sqlite
      .prepare<string[], { id: string; metadata: string }>(
        `SELECT id, metadata FROM assets WHERE id IN (${ids.map(() => '?').join(', ')})`,
      )
      .all(...ids);

  routes.get('/boards', (context) => {
    const boards = selectBoards.all().map((row) => {
      const ids = parseOr(idsSchema, row.item_ids, []);
      return {
        user: row.user_id,
        itemCount: ids.length,
        preview: assetCards(store, ids.slice(0, 4)),
        latentTaste: parseOr(mixtureSchema, row.taste, null),
        updatedAt: row.updated_at,
      };
    });
    return context.json({ boards });
  });

  routes.get('/boards/:user', (context) => {
    try {
      const user = context.req.param('user');
      const row = selectBoard.get(user);
      if (!row) {
        throw new AtelierError('NOT_FOUND', `no board for user "${user}"`, {
          hint: 'GET /api/boards lists the users with boards.',
        });
      }
      const ids = parseOr(idsSchema, row.item_ids, []);
      const items = assetCards(store, ids);
      const worldItems = new Map<string, Item>();
      for (let start = 0; start < ids.length; start += 500) {
        for (const asset of selectMetadata(ids.slice(start, start + 500))) {
          const parsed = itemSchema.safeParse(parseOr(z.unknown(), asset.metadata, null));
          if (parsed.success) worldItems.set(asset.id, parsed.data);
        }
      }
      const known = ids.filter((id) => worldItems.has(id));
      const latentTaste = parseOr(mixtureSchema, row.taste, null);
      // Items without the world's attributes (a user's own photos) say nothing about archetypes.
      const inferred =
        known.length === 0
          ? null
          : {
              archetypes: inferTaste(
                { userId: user, taste: {}, itemIds: known },
                (id) => worldItems.get(id) as Item,
              ),
              summary: tasteSummary(known.map((id) => worldItems.get(id) as Item)),
              fromItems: known.length,
            };
      const present = new Set(items.map((item) => item.id));
      const { archetypes, colors } = boardVocabulary(
        [...Object.keys(latentTaste ?? {}), ...Object.keys(inferred?.archetypes ?? {})],
        inferred?.summary.colors.map((share) => share.value) ?? [],
      );
      return context.json({
        user,
        items,
        missing: ids.filter((id) => !present.has(id)),
        latentTaste,
        inferredTaste: inferred,
        archetypes,
        colors,
        updatedAt: row.updated_at,
      });
    } catch (error) {
      return errorResponse(context, error);
    }
  });
  return routes;
}
