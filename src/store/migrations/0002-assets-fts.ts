import { type Kysely, sql } from 'kysely';

/**
 * Full-text index over the assets. A regular FTS5 table (it keeps its own copy of the text) rather
 * than an external-content one, because `colors` is derived from the metadata JSON and is not a
 * column of `assets`: an external-content table would read it back from the content table on
 * `rebuild`, `highlight` and `snippet` and fail. Triggers keep it in step with every writer, so no
 * caller can forget to update it; rowid is assets.key.
 *
 * The porter stemmer lets "striped" match "stripes"; remove_diacritics folds "écru" to "ecru".
 */
const TEXT_COLUMNS = 'title, caption, description, tags, category, colors';

/** The row to index for a given assets row (`NEW` or `OLD`): tags flattened, colours gathered. */
function indexedValues(row: 'new' | 'old'): string {
  const m = `${row}.metadata`;
  return [
    `${row}.key`,
    `${row}.title`,
    `${row}.caption`,
    `${row}.description`,
    `(SELECT group_concat(value, ' ') FROM json_each(coalesce(${row}.tags, '[]')))`,
    `${row}.category`,
    // Top-level colour fields of user metadata and the world's main and pattern colours. Detail
    // colours (stitching, logo) stay out: a query for "red" should not rank a navy coat first
    // because of its red stitching.
    `concat_ws(' ', json_extract(${m}, '$.color'), json_extract(${m}, '$.colour'), json_extract(${m}, '$.colors'), json_extract(${m}, '$.colours'), json_extract(${m}, '$.pattern.color'))`,
  ].join(', ');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `CREATE VIRTUAL TABLE assets_fts USING fts5(${TEXT_COLUMNS}, tokenize = 'porter unicode61 remove_diacritics 2')`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER assets_fts_insert AFTER INSERT ON assets BEGIN
         INSERT INTO assets_fts (rowid, ${TEXT_COLUMNS}) SELECT ${indexedValues('new')};
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER assets_fts_delete AFTER DELETE ON assets BEGIN
         DELETE FROM assets_fts WHERE rowid = old.key;
       END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER assets_fts_update AFTER UPDATE OF title, caption, description, tags, category, metadata
       ON assets BEGIN
         DELETE FROM assets_fts WHERE rowid = old.key;
         INSERT INTO assets_fts (rowid, ${TEXT_COLUMNS}) SELECT ${indexedValues('new')};
       END`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['assets_fts_insert', 'assets_fts_delete', 'assets_fts_update']) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  }
  await sql.raw('DROP TABLE IF EXISTS assets_fts').execute(db);
}
