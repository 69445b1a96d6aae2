import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations/index.ts';
import { openStore, type Store } from './open-store.ts';
import { resolveHome } from './resolve-home.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function insertAsset(
  store: Awaited<ReturnType<typeof openStore>>,
  id: string,
  metadata: object,
  tags: string[],
) {
  return store.sqlite
    .prepare(
      `INSERT INTO assets (id, sha256, source, title, caption, tags, category, metadata)
       VALUES (?, 'x', ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      `${id}.png`,
      `${id} title`,
      'a caption',
      JSON.stringify(tags),
      'skirts',
      JSON.stringify(metadata),
    );
}

function match(store: Store, query: string): number[] {
  return store.sqlite
    .prepare<[string], { rowid: number }>(
      'SELECT rowid FROM assets_fts WHERE assets_fts MATCH ? ORDER BY rowid',
    )
    .all(query)
    .map((row) => row.rowid);
}

describe('openStore', () => {
  it('creates the schema once and re-opening runs no migration again', async () => {
    const home = join(scratch, 'twice');
    const first = await openStore(home);
    insertAsset(first, 'a', { color: 'red' }, []);
    await first.close();
    const second = await openStore(home);
    // Every migration the program knows ran exactly once, in order, and re-opening ran none again.
    const names = (store: Store) =>
      store.sqlite
        .prepare<[], { name: string }>('SELECT name FROM kysely_migration ORDER BY name')
        .all()
        .map((row) => row.name);
    const known = Object.keys(await migrationProvider.getMigrations()).sort();
    expect(names(second)).toEqual(known);
    expect(known.slice(0, 3)).toEqual(['0001-assets', '0002-assets-fts', '0003-embeddings']);
    expect(second.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const rows = await second.db.selectFrom('assets').select(['id', 'key']).execute();
    expect(rows).toEqual([{ id: 'a', key: 1 }]);
    await second.close();
    await second.close();
  });

  it('keeps the full-text index in step through inserts, updates and deletes', async () => {
    const store = await openStore(join(scratch, 'fts'));
    insertAsset(store, 'one', { color: 'burgundy', pattern: { kind: 'stripes', color: 'cream' } }, [
      'striped',
      'wool',
    ]);
    insertAsset(store, 'two', { colors: ['olive', 'sand'] }, ['floral']);
    expect(match(store, 'burgundy')).toEqual([1]);
    expect(match(store, 'cream')).toEqual([1]);
    expect(match(store, 'sand')).toEqual([2]);
    // Porter stemming: the tag "striped" answers a query for "stripes".
    expect(match(store, 'stripes')).toEqual([1]);
    expect(match(store, 'colors:olive')).toEqual([2]);
    store.sqlite
      .prepare(`UPDATE assets SET title = 'linen trousers', metadata = '{"color":"navy"}' WHERE id = 'one'`)
      .run();
    expect(match(store, 'burgundy')).toEqual([]);
    expect(match(store, 'navy')).toEqual([1]);
    expect(match(store, 'linen')).toEqual([1]);
    store.sqlite.prepare(`DELETE FROM assets WHERE id = 'two'`).run();
    expect(match(store, 'floral')).toEqual([]);
    await store.close();
  });

  it('refuses metadata that is not JSON and never reuses a deleted key', async () => {
    const store = await openStore(join(scratch, 'checks'));
    insertAsset(store, 'first', {}, []);
    expect(() => store.sqlite.prepare(`UPDATE assets SET metadata = 'nope'`).run()).toThrow(
      /CHECK constraint/,
    );
    store.sqlite.prepare(`DELETE FROM assets`).run();
    insertAsset(store, 'next', {}, []);
    expect(store.sqlite.prepare(`SELECT key FROM assets WHERE id = 'next'`).get()).toEqual({ key: 2 });
    await store.close();
  });
});

describe('resolveHome', () => {
  it('prefers the flag, then ATELIER_HOME, then ./.atelier', () => {
    expect(resolveHome('/data/flag', { ATELIER_HOME: '/data/env' })).toBe('/data/flag');
    expect(resolveHome(undefined, { ATELIER_HOME: '/data/env' })).toBe('/data/env');
    expect(resolveHome(undefined, {})).toBe(join(process.cwd(), '.atelier'));
    expect(resolveHome('  ', { ATELIER_HOME: '' })).toBe(join(process.cwd(), '.atelier'));
  });
});
