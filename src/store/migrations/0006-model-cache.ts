import type { Kysely } from 'kysely';

/**
 * The models' request cache: one successful answer per canonical request (images replaced by their
 * sha256, the image policy and the model spec included). Errors and empty answers are never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_cache')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('model', 'text', (column) => column.notNull())
    /** JSON ChatResponse as first received. */
    .addColumn('response', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('hits', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('model_cache').execute();
}
