import { type Kysely, sql } from 'kysely';

/**
 * Evaluation runs and their results. One row per (run, sample) — the primary key makes a duplicate
 * impossible however a run is killed and resumed or split into shards. The model's output is stored
 * before it is scored (score columns stay null until then), so rescoring never calls the model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('eval_runs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    /** Suite name, or the data file's name for external data. */
    .addColumn('suite', 'text', (column) => column.notNull())
    /** JSON: how the samples were made (seed, limit, suite options, source file) — resume rebuilds them. */
    .addColumn('suite_config', 'text', (column) => column.notNull())
    .addColumn('model', 'text', (column) => column.notNull())
    /** 'model' or 'baseline'. */
    .addColumn('model_kind', 'text', (column) => column.notNull())
    .addColumn('model_label', 'text', (column) => column.notNull())
    /** 'running', 'done', 'failed', 'interrupted'. */
    .addColumn('status', 'text', (column) => column.notNull())
    /** Samples the run should end with (all shards together). */
    .addColumn('total', 'integer', (column) => column.notNull())
    /** JSON: sampling settings, concurrency, blind flag, prices. */
    .addColumn('settings', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('eval_results')
    .addColumn('run_id', 'text', (column) => column.notNull().references('eval_runs.id').onDelete('cascade'))
    .addColumn('sample_id', 'text', (column) => column.notNull())
    /** The sample's position in the suite, for stable ordering and shards. */
    .addColumn('position', 'integer', (column) => column.notNull())
    /** 'done' (output stored) or 'error' (the call failed; --retry-errors runs it again). */
    .addColumn('status', 'text', (column) => column.notNull())
    /** JSON EvalSample, as shown to the model. */
    .addColumn('sample', 'text', (column) => column.notNull())
    /** JSON SampleOutput, null for errors. */
    .addColumn('output', 'text')
    .addColumn('error', 'text')
    /** JSON SampleScore, null until scored. */
    .addColumn('score', 'text')
    .addColumn('outcome', 'text')
    .addColumn('value', 'real')
    .addColumn('latency_ms', 'real')
    .addColumn('input_tokens', 'integer')
    .addColumn('output_tokens', 'integer')
    .addColumn('cost', 'real')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('scored_at', 'text')
    .addPrimaryKeyConstraint('eval_results_pk', ['run_id', 'sample_id'])
    .execute();
  await sql`CREATE INDEX eval_results_position ON eval_results (run_id, position)`.execute(db);
  await sql`CREATE INDEX eval_results_outcome ON eval_results (run_id, outcome)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('eval_results').execute();
  await db.schema.dropTable('eval_runs').execute();
}
