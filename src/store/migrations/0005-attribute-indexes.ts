import { type Kysely, sql } from 'kysely';

/**
 * Expression indexes on the metadata fields that text queries name most (category, colour,
 * pattern), alone and in pairs, so that the attribute signal of a search reads the few hundred rows
 * that agree with a query instead of every row of one colour. The search must spell the expressions
 * exactly like this (json_extract(metadata, '$.color')) for SQLite to use them.
 */
const COLOR = sql`json_extract(metadata, '$.color')`;
const PATTERN = sql`json_extract(metadata, '$.pattern.kind')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX assets_color ON assets (${COLOR})`.execute(db);
  await sql`CREATE INDEX assets_pattern_kind ON assets (${PATTERN})`.execute(db);
  await sql`CREATE INDEX assets_category_color ON assets (category, ${COLOR})`.execute(db);
  await sql`CREATE INDEX assets_category_pattern ON assets (category, ${PATTERN})`.execute(db);
  await sql`CREATE INDEX assets_color_pattern ON assets (${COLOR}, ${PATTERN})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'assets_color',
    'assets_pattern_kind',
    'assets_category_color',
    'assets_category_pattern',
    'assets_color_pattern',
  ]) {
    await sql.raw(`DROP INDEX ${name}`).execute(db);
  }
}
