import { type Kysely, sql } from 'kysely';

/**
 * Agent traces: one row per conversation turn run by the agent loop, and its events in order (each
 * model call and each tool call, with arguments, results, image hashes, tokens and latency), so a
 * trace can be read back, shown in the web app and replayed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('traces')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('model', 'text', (column) => column.notNull())
    /** 'model' or 'baseline'. */
    .addColumn('model_kind', 'text', (column) => column.notNull())
    /** 'running', 'done' or 'failed'. */
    .addColumn('status', 'text', (column) => column.notNull())
    /** 'answered', 'max-steps', 'model-error', 'interrupted'. */
    .addColumn('stop_reason', 'text')
    .addColumn('steps', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('input_tokens', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('output_tokens', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('latency_ms', 'real', (column) => column.notNull().defaultTo(0))
    /** JSON: the opening messages (images as blob hashes), tool names and call options. */
    .addColumn('request', 'text', (column) => column.notNull())
    .addColumn('answer', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createTable('trace_events')
    .addColumn('trace_id', 'text', (column) => column.notNull().references('traces.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('step', 'integer', (column) => column.notNull())
    /** 'model' (one model call) or 'tool' (one tool call). */
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('payload', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('trace_events_pk', ['trace_id', 'seq'])
    .execute();
  await sql`CREATE INDEX traces_created_at ON traces (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trace_events').execute();
  await db.schema.dropTable('traces').execute();
}
