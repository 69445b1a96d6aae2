import { type Kysely, sql } from 'kysely';

/**
 * Every image the generate_image tool made, with what made it: the blob (content-addressed), the
 * prompt, the seed, the backend and its parameters. The same bytes from two prompts are two rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('generated_images')
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('prompt', 'text', (column) => column.notNull())
    .addColumn('seed', 'integer', (column) => column.notNull())
    .addColumn('backend', 'text', (column) => column.notNull())
    .addColumn('width', 'integer', (column) => column.notNull())
    .addColumn('height', 'integer', (column) => column.notNull())
    /** JSON: backend-specific settings (model, steps, size) and what the backend reported. */
    .addColumn('parameters', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await sql`CREATE INDEX generated_images_sha256 ON generated_images (sha256)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('generated_images').execute();
}
