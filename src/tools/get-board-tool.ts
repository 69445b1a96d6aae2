import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { type Item, itemSchema, tasteSummary } from '../world/index.ts';
import type { Tool } from './tool.ts';

export const getBoardInputSchema = z.object({
  user: z.string().min(1).describe('The user id whose board (saved items) to read.'),
});
export type GetBoardInput = z.output<typeof getBoardInputSchema>;

export interface GetBoardOptions {
  /**
   * Include the latent taste stored with a generated world's board (default true). Turn it off when
   * the question is what the taste is: the stored mixture is the benchmark's answer.
   */
  latentTaste?: boolean;
}

type TasteSummary = ReturnType<typeof tasteSummary>;

const mixtureSchema = z.record(z.string(), z.number());
const MAX_LISTED_USERS = 5;

interface BoardItem {
  id: string;
  title: string | null;
  category: string | null;
  price: number | null;
}

function mixture(shares: Record<string, number>): string {
  const entries = Object.entries(shares).sort((first, second) => second[1] - first[1]);
  return entries.length === 0 ? 'none' : entries.map(([name, share]) => `${name} ${share}`).join(', ');
}

function shares(list: readonly { value: string; share: number }[]): string {
  return list.map((entry) => `${entry.value} ${entry.share}`).join(', ');
}

function describeTaste(taste: TasteSummary): string {
  return [
    `archetypes ${mixture(taste.archetypes)}`,
    `colours ${shares(taste.colors)}`,
    `patterns ${shares(taste.patterns)}`,
    `categories ${shares(taste.categories)}`,
    `formality ${taste.formalityMean} of 5`,
  ].join('; ');
}

function parseMixture(text: string | null): Record<string, number> | null {
  if (text === null) return null;
  try {
    const parsed = mixtureSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function unknownUser(store: Store, user: string): Promise<AtelierError> {
  const rows = await store.db
    .selectFrom('boards')
    .select('user_id')
    .orderBy('user_id')
    .limit(MAX_LISTED_USERS)
    .execute();
  const known = rows.map((row) => row.user_id);
  return new AtelierError(
    'NOT_FOUND',
    known.length === 0
      ? `no board for user "${user}": this catalog has no boards`
      : `no board for user "${user}"; users with boards include ${known.join(', ')}`,
    { hint: 'Use one of the listed user ids.' },
  );
}

/**
 * get_board: a user's saved items and what they say about the user's taste, both the taste inferred
 * from the items (when they carry the world's attributes) and, optionally, the latent taste stored
 * with the board.
 */
export function createGetBoardTool(store: Store, options: GetBoardOptions = {}): Tool<GetBoardInput> {
  const showLatent = options.latentTaste ?? true;
  return {
    name: 'get_board',
    description:
      "Read a user's board: the items they saved (asset id, title, category) and a summary of their taste " +
      '(style archetypes, colours, patterns, categories, formality).',
    inputSchema: getBoardInputSchema,
    async execute(input) {
      const board = await store.db
        .selectFrom('boards')
        .select(['user_id', 'item_ids', 'taste'])
        .where('user_id', '=', input.user)
        .executeTakeFirst();
      if (!board) throw await unknownUser(store, input.user);
      const ids = z.array(z.string()).parse(JSON.parse(board.item_ids));
      const rows =
        ids.length === 0
          ? []
          : await store.db
              .selectFrom('assets')
              .select(['id', 'title', 'category', 'price', 'metadata'])
              .where('id', 'in', ids)
              .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      const items: BoardItem[] = [];
      const worldItems: Item[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const row = byId.get(id);
        if (!row) {
          missing.push(id);
          continue;
        }
        items.push({ id: row.id, title: row.title, category: row.category, price: row.price });
        const parsed = itemSchema.safeParse(JSON.parse(row.metadata));
        if (parsed.success) worldItems.push(parsed.data);
      }
      const inferred = worldItems.length > 0 ? tasteSummary(worldItems) : null;
      const latent = showLatent ? parseMixture(board.taste) : null;
      const lines = [
        `Board of ${input.user}: ${items.length} saved item${items.length === 1 ? '' : 's'}${missing.length > 0 ? ` (${missing.length} no longer in the catalog: ${missing.join(', ')})` : ''}.`,
        ...items.map(
          (item) => `${item.id} — ${item.title ?? '(untitled)'} — ${item.category ?? 'uncategorised'}`,
        ),
        inferred
          ? `Taste inferred from ${worldItems.length} item${worldItems.length === 1 ? '' : 's'}: ${describeTaste(inferred)}.`
          : 'Taste: the items carry no style attributes to infer it from.',
      ];
      if (latent) lines.push(`Stored taste of this board: ${mixture(latent)}.`);
      return {
        text: lines.join('\n'),
        images: [],
        data: { user: input.user, items, missing, inferredTaste: inferred, latentTaste: latent },
      };
    },
  };
}
