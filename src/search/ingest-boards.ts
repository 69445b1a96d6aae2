import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { boardSchema } from '../world/index.ts';

/**
 * Loads a generated world's boards.jsonl into the store, replacing boards of the same user. A bad
 * row fails the whole file: boards are generated, so a broken one means a damaged world folder.
 */
export async function ingestBoards(store: Store, worldFolder: string): Promise<number> {
  const path = join(worldFolder, 'boards.jsonl');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return 0;
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const boards = lines.map((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const parsed = boardSchema.safeParse(value);
    if (!parsed.success) {
      throw new AtelierError('INVALID_SOURCE', `${path}:${index + 1} is not a valid board`, {
        hint: 'Regenerate the world with "atelier world generate".',
      });
    }
    return parsed.data;
  });
  const upsert = store.sqlite.prepare(
    `INSERT INTO boards (user_id, item_ids, taste, source, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(user_id) DO UPDATE SET item_ids = excluded.item_ids, taste = excluded.taste,
       source = excluded.source, updated_at = excluded.updated_at`,
  );
  const now = new Date().toISOString();
  store.sqlite.transaction(() => {
    for (const board of boards) {
      upsert.run(board.userId, JSON.stringify(board.itemIds), JSON.stringify(board.taste), path, now);
    }
  })();
  return boards.length;
}
