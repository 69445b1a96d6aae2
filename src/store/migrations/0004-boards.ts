import type { Kysely } from 'kysely';

/**
 * Users' boards (saved items), so that a board can be a search query and, later, the assistant's
 * get_board tool can read it. The latent taste is kept when the source knows it (a generated world).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('boards')
    .addColumn('user_id', 'text', (column) => column.primaryKey())
    /** JSON array of asset ids, in the order they were saved. */
    .addColumn('item_ids', 'text', (column) => column.notNull())
    /** JSON archetype mixture, or null when the source does not know it. */
    .addColumn('taste', 'text')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('boards').execute();
}
