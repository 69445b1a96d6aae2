import { type Kysely, sql } from 'kysely';

/**
 * Embedding cache keyed by image content, not by asset: the same picture under two ids, or an asset
 * whose metadata changed but whose image did not, is embedded once per embedder version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('embeddings')
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('embedder_id', 'text', (column) => column.notNull())
    .addColumn('embedder_version', 'text', (column) => column.notNull())
    .addColumn('dimensions', 'integer', (column) => column.notNull().check(sql`dimensions > 0`))
    .addColumn('vector', 'blob', (column) => column.notNull().check(sql`length(vector) = dimensions * 4`))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('embeddings_primary_key', ['sha256', 'embedder_id', 'embedder_version'])
    .modifyEnd(sql`WITHOUT ROWID`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('embeddings').execute();
}
