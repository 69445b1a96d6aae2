import { describe, expect, it } from 'vitest';
import { SqliteDatabase } from '../store/index.ts';
import { filtersToSql, parseFilter } from './filters.ts';

describe('parseFilter', () => {
  it.each([
    ['category=skirt', { field: 'category', op: '=', value: 'skirt' }],
    ['price<80', { field: 'price', op: '<', value: 80 }],
    ['price >= 12.5', { field: 'price', op: '>=', value: 12.5 }],
    ['color!=red', { field: 'color', op: '!=', value: 'red' }],
    ['color in red,navy', { field: 'color', op: 'in', value: ['red', 'navy'] }],
    ['parts.buttons=4', { field: 'parts.buttons', op: '=', value: 4 }],
    ['parts.cuffs=true', { field: 'parts.cuffs', op: '=', value: true }],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it.each([
    ['price', /cannot read filter/],
    ['price<cheap', /non-number/],
    ["x');drop--=1", /bad filter/],
  ])('rejects %s', (text, message) => {
    expect(() => parseFilter(text)).toThrow(message);
  });
});

describe('filtersToSql', () => {
  const database = new SqliteDatabase(':memory:');
  database.exec(
    'CREATE TABLE assets (key INTEGER PRIMARY KEY, id TEXT, category TEXT, price REAL, metadata TEXT)',
  );
  const rows = [
    ['a', 'skirt', 40, { color: 'red', parts: { buttons: 4, cuffs: true }, pattern: { kind: 'stripes' } }],
    ['b', 'skirt', 95, { color: 'navy', parts: { buttons: 2, cuffs: false }, pattern: { kind: 'solid' } }],
    ['c', 'shirt', 60, { color: 'red', parts: { buttons: 6 }, pattern: { kind: 'checks' } }],
    ['d', 'boots', 150, { color: 'black', pattern: { kind: 'solid' } }],
  ] as const;
  for (const [id, category, price, metadata] of rows) {
    database
      .prepare('INSERT INTO assets (id, category, price, metadata) VALUES (?, ?, ?, ?)')
      .run(id, category, price, JSON.stringify(metadata));
  }
  const ids = (...texts: string[]) => {
    const { sql, parameters } = filtersToSql(texts.map(parseFilter));
    return database
      .prepare(`SELECT id FROM assets a WHERE ${sql} ORDER BY id`)
      .all(...parameters)
      .map((row) => (row as { id: string }).id);
  };

  it('selects by column, JSON path, membership, ranges and booleans', () => {
    expect(ids('category=skirt')).toEqual(['a', 'b']);
    expect(ids('price<80')).toEqual(['a', 'c']);
    expect(ids('category=skirt', 'price<80')).toEqual(['a']);
    expect(ids('color in red,black')).toEqual(['a', 'c', 'd']);
    expect(ids('pattern.kind!=solid')).toEqual(['a', 'c']);
    expect(ids('parts.buttons>=4')).toEqual(['a', 'c']);
    expect(ids('parts.cuffs=true')).toEqual(['a']);
    expect(ids('price>=60', 'price<=95')).toEqual(['b', 'c']);
  });

  it('with no filters selects everything', () => {
    expect(ids()).toEqual(['a', 'b', 'c', 'd']);
  });
});
