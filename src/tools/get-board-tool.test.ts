import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemSchema, tasteSummary } from '../world/index.ts';
import { createConversationImages } from './conversation-images.ts';
import { createGetBoardTool } from './get-board-tool.ts';
import { runToolCall } from './run-tool-call.ts';
import { createTestWorld, type TestWorld } from './test-support/test-world.ts';
import type { ToolCallContext } from './tool.ts';

let world: TestWorld;
let board: { user_id: string; item_ids: string; taste: string };

beforeAll(async () => {
  world = await createTestWorld({ index: false, items: 40 });
  board = world.store.sqlite
    .prepare<[], typeof board>('SELECT user_id, item_ids, taste FROM boards ORDER BY user_id LIMIT 1')
    .get()!;
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const context = (): ToolCallContext => ({ images: createConversationImages(), boxFormat: 'pixels' });

describe('get_board', () => {
  it('lists the saved items and the taste inferred from them and stored with the board', async () => {
    const result = await createGetBoardTool(world.store).execute({ user: board.user_id }, context());
    const itemIds = JSON.parse(board.item_ids) as string[];
    const rows = itemIds.map(
      (id) =>
        world.store.sqlite
          .prepare<[string], { id: string; title: string; category: string; metadata: string }>(
            'SELECT id, title, category, metadata FROM assets WHERE id = ?',
          )
          .get(id)!,
    );
    const lines = result.text.split('\n');
    expect(lines[0]).toBe(`Board of ${board.user_id}: ${itemIds.length} saved items.`);
    expect(lines.slice(1, 1 + rows.length)).toEqual(
      rows.map((row) => `${row.id} — ${row.title} — ${row.category}`),
    );
    const expected = tasteSummary(rows.map((row) => itemSchema.parse(JSON.parse(row.metadata))));
    const data = result.data as { inferredTaste: unknown; latentTaste: unknown; items: { id: string }[] };
    expect(data.inferredTaste).toEqual(expected);
    expect(data.items.map((item) => item.id)).toEqual(itemIds);
    expect(data.latentTaste).toEqual(JSON.parse(board.taste));
    const [topArchetype] = Object.entries(expected.archetypes).sort((a, b) => b[1] - a[1])[0]!;
    expect(result.text).toContain(`Taste inferred from ${rows.length} items: archetypes ${topArchetype}`);
    expect(result.text).toContain('Stored taste of this board: ');
    expect(result.images).toEqual([]);
  });

  it('can keep the stored latent taste back, for benchmarks that ask for it', async () => {
    const result = await createGetBoardTool(world.store, { latentTaste: false }).execute(
      { user: board.user_id },
      context(),
    );
    expect(result.text).not.toContain('Stored taste');
    expect((result.data as { latentTaste: unknown }).latentTaste).toBeNull();
  });

  it('notes saved items the catalog no longer has, and boards without world attributes', async () => {
    const first = world.store.sqlite
      .prepare<[], { id: string }>("SELECT id FROM assets WHERE metadata <> '{}' LIMIT 1")
      .get()!;
    world.store.sqlite
      .prepare('INSERT INTO boards (user_id, item_ids, taste, source, updated_at) VALUES (?, ?, NULL, ?, ?)')
      .run('shopper', JSON.stringify([first.id, 'gone-1']), 'test', new Date().toISOString());
    const result = await createGetBoardTool(world.store).execute({ user: 'shopper' }, context());
    expect(result.text).toContain('1 saved item (1 no longer in the catalog: gone-1)');
    expect(result.text).toContain('Taste inferred from 1 item:');
    expect(result.text).not.toContain('Stored taste');
  });

  it('lists existing users when the user is unknown', async () => {
    const outcome = await runToolCall(
      [createGetBoardTool(world.store)],
      { id: 'c', name: 'get_board', arguments: '{"user": "nobody"}' },
      context(),
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'TOOL_FAILED' } });
    const message = outcome.ok ? '' : outcome.error.message;
    expect(message).toContain('no board for user "nobody"; users with boards include ');
    expect(message).toContain(board.user_id);
  });
});
