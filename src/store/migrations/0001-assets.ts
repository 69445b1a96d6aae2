import { type Kysely, sql } from 'kysely';

/** The catalog: one row per image asset with its descriptive fields and the full source record. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assets')
    .addColumn('key', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('id', 'text', (column) => column.notNull().unique())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('source_sha256', 'text')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('title', 'text')
    .addColumn('description', 'text')
    .addColumn('caption', 'text')
    .addColumn('tags', 'text', (column) => column.check(sql`tags IS NULL OR json_valid(tags)`))
    .addColumn('category', 'text')
    .addColumn('price', 'real')
    // The FTS triggers and every filter read this with json_extract, which fails on invalid JSON;
    // refusing it at the door keeps one bad writer from breaking search for everybody.
    .addColumn('metadata', 'text', (column) => column.notNull().check(sql`json_valid(metadata)`))
    .addColumn('phash', 'text')
    .addColumn('color_grid', 'text')
    .addColumn('thumbnail_sha256', 'text')
    .addColumn('updated_at', 'text')
    .execute();
  await db.schema.createIndex('assets_sha256').on('assets').column('sha256').execute();
  await db.schema.createIndex('assets_category').on('assets').column('category').execute();
  await db.schema.createIndex('assets_price').on('assets').column('price').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assets').execute();
}
