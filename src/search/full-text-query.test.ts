import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './full-text-query.ts';

describe('toFtsQuery', () => {
  it('quotes words, drops stop words and ORs them', () => {
    expect(toFtsQuery('Show me a RED striped skirt')).toBe('"red" OR "striped" OR "skirt"');
  });

  it('neutralises FTS5 syntax typed by a user', () => {
    expect(toFtsQuery('skirt" NOT (red* OR col:1)')).toBe('"skirt" OR "not" OR "red" OR "col" OR "1"');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('the and a !!!')).toBeNull();
  });
});

describe('toFtsQuery with AND', () => {
  it('requires every word', () => {
    expect(toFtsQuery('red striped skirt', 'AND')).toBe('"red" AND "striped" AND "skirt"');
  });
});
