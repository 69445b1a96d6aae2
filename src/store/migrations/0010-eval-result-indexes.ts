import { type Kysely, sql } from 'kysely';

/**
 * Two indexes for large runs. The counts a run reports at its end (done, errors, scored, outcomes,
 * tokens, cost) are read from a covering index, so SQLite never pages the 100,000 sample and
 * output JSON documents back into memory just to add them up. Wrong-answer pages of the web app's
 * sample viewer walk (run, outcome, position) in order instead of sorting every wrong row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX eval_results_counts
    ON eval_results (run_id, status, outcome, scored_at, input_tokens, output_tokens, cost)`.execute(db);
  await sql`DROP INDEX eval_results_outcome`.execute(db);
  await sql`CREATE INDEX eval_results_outcome_position ON eval_results (run_id, outcome, position)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX eval_results_outcome_position`.execute(db);
  await sql`CREATE INDEX eval_results_outcome ON eval_results (run_id, outcome)`.execute(db);
  await sql`DROP INDEX eval_results_counts`.execute(db);
}
