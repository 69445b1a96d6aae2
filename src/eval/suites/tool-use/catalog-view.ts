import { AtelierError } from '../../../core/index.ts';
import type { Store } from '../../../store/index.ts';
import { type Item, itemSchema } from '../../../world/index.ts';

/** A catalog asset whose metadata is a world item record: the ground truth tool-use tasks check against. */
export interface CatalogItem {
  id: string;
  sha256: string;
  price: number;
  item: Item;
}

interface AssetRow {
  id: string;
  sha256: string;
  price: number | null;
  metadata: string;
}

/** World-ingested assets: their metadata carries the item record's slot, colour and archetypes. */
const WORLD_ASSET = `json_extract(metadata, '$.slot') IS NOT NULL
  AND json_extract(metadata, '$.color') IS NOT NULL
  AND json_extract(metadata, '$.archetypes') IS NOT NULL
  AND price IS NOT NULL`;

export interface BoardRow {
  userId: string;
  itemIds: string[];
  taste: Record<string, number>;
}

function toCatalogItem(row: AssetRow): CatalogItem | undefined {
  let metadata: unknown;
  try {
    metadata = JSON.parse(row.metadata);
  } catch {
    return undefined;
  }
  const parsed = itemSchema.safeParse(metadata);
  if (!parsed.success || row.price === null) return undefined;
  return { id: row.id, sha256: row.sha256, price: row.price, item: parsed.data };
}

/**
 * Read-only queries over the indexed catalog in the store (the assets and boards tables). Tasks read
 * anchors one row at a time and constraint sets with SQL, so a large catalog is never held whole.
 */
export class CatalogView {
  constructor(private readonly store: Store) {}

  /** How many world items the catalog holds. */
  worldItemCount(slots?: readonly string[]): number {
    const slotClause = slots
      ? `AND json_extract(metadata, '$.slot') IN (${slots.map(() => '?').join(', ')})`
      : '';
    const row = this.store.sqlite
      .prepare<unknown[], { count: number }>(
        `SELECT COUNT(*) AS count FROM assets WHERE ${WORLD_ASSET} ${slotClause}`,
      )
      .get(...(slots ?? []));
    return row?.count ?? 0;
  }

  /** Throws INDEX_MISSING when there is nothing to build tasks from. */
  requireWorldItems(suite: string): number {
    const count = this.worldItemCount();
    if (count === 0) {
      throw new AtelierError(
        'INDEX_MISSING',
        `suite ${suite} needs an indexed catalog of world items, and ${this.store.home} has none`,
        {
          hint: 'Run "atelier demo", or "atelier world generate" then "atelier index WORLD_FOLDER", in this home folder first.',
        },
      );
    }
    return count;
  }

  /** The `position`-th world item (in key order) among those of the given slots. */
  itemAt(position: number, slots?: readonly string[]): CatalogItem | undefined {
    const slotClause = slots
      ? `AND json_extract(metadata, '$.slot') IN (${slots.map(() => '?').join(', ')})`
      : '';
    const row = this.store.sqlite
      .prepare<unknown[], AssetRow>(
        `SELECT id, sha256, price, metadata FROM assets WHERE ${WORLD_ASSET} ${slotClause} ORDER BY key LIMIT 1 OFFSET ?`,
      )
      .get(...(slots ?? []), position);
    return row ? toCatalogItem(row) : undefined;
  }

  /** Ids of world items matching a SQL condition on the assets table (parameters bound). */
  ids(condition: string, parameters: readonly (string | number)[]): string[] {
    return this.store.sqlite
      .prepare<unknown[], { id: string }>(
        `SELECT id FROM assets WHERE ${WORLD_ASSET} AND ${condition} ORDER BY id`,
      )
      .all(...parameters)
      .map((row) => row.id);
  }

  /** Every world item matching a condition, parsed, one at a time. */
  *items(condition: string, parameters: readonly (string | number)[]): Generator<CatalogItem> {
    const rows = this.store.sqlite
      .prepare<unknown[], AssetRow>(
        `SELECT id, sha256, price, metadata FROM assets WHERE ${WORLD_ASSET} AND ${condition} ORDER BY id`,
      )
      .iterate(...parameters);
    for (const row of rows) {
      const item = toCatalogItem(row);
      if (item) yield item;
    }
  }

  /** Boards with a recorded latent taste, in user order. */
  boards(): BoardRow[] {
    const rows = this.store.sqlite
      .prepare<[], { user_id: string; item_ids: string; taste: string | null }>(
        'SELECT user_id, item_ids, taste FROM boards WHERE taste IS NOT NULL ORDER BY user_id',
      )
      .all();
    const boards: BoardRow[] = [];
    for (const row of rows) {
      try {
        const taste: unknown = JSON.parse(row.taste ?? 'null');
        const itemIds: unknown = JSON.parse(row.item_ids);
        if (!taste || typeof taste !== 'object' || !Array.isArray(itemIds)) continue;
        const weights = Object.fromEntries(
          Object.entries(taste).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0,
          ),
        );
        if (Object.keys(weights).length === 0) continue;
        boards.push({ userId: row.user_id, itemIds: itemIds.map(String), taste: weights });
      } catch {
        // A board row that does not parse is not a task; the board tool reports it on its own.
      }
    }
    return boards;
  }
}
