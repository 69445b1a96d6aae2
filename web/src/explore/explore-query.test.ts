import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, type ExploreQuery, isSearch, queryKey, queryPath, readQuery } from './explore-query.ts';

const searchOf = (path: string) => path.slice(path.indexOf('?'));

describe('queryPath', () => {
  it('is just / for the plain catalog', () => {
    expect(queryPath(EMPTY_QUERY)).toBe('/');
  });

  it('writes each part once, filters repeated, in a fixed order, encoded for a URL', () => {
    const query: ExploreQuery = {
      text: 'red & navy dress',
      board: 'ana',
      filters: ['price<=80', 'color in red,navy'],
      image: 'asset-7',
      upload: 'k3x9',
    };
    // Spaces become +, & = < , are percent-encoded (application/x-www-form-urlencoded).
    expect(queryPath(query)).toBe(
      '/?q=red+%26+navy+dress&board=ana&filter=price%3C%3D80&filter=color+in+red%2Cnavy&image=asset-7&upload=k3x9',
    );
  });
});

describe('readQuery', () => {
  it('reads back what queryPath wrote', () => {
    const query: ExploreQuery = {
      text: 'linen 100% shirt?',
      board: 'bo b',
      filters: ['pattern.kind=dots', 'price>=20', 'color in red,navy'],
      image: 'a/b',
      upload: 'u1',
    };
    expect(readQuery(searchOf(queryPath(query)))).toEqual(query);
    expect(readQuery('')).toEqual(EMPTY_QUERY);
  });

  it('trims the text and drops blank filters', () => {
    expect(readQuery('?q=%20%20skirt%20&filter=&filter=%20&filter=category%3Dskirt')).toEqual({
      ...EMPTY_QUERY,
      text: 'skirt',
      filters: ['category=skirt'],
    });
  });

  it('reads a search string without its leading ?', () => {
    expect(readQuery('q=boots&board=x').board).toBe('x');
  });

  it('survives malformed percent escapes and unknown parameters', () => {
    const query = readQuery('?q=%E0%A4%A&foo=1&filter=price%3C80');
    // The broken escape stays text rather than throwing.
    expect(query.text).toContain('%A');
    expect(query.filters).toEqual(['price<80']);
    expect(query.board).toBe('');
  });
});

describe('isSearch and queryKey', () => {
  it('treats text, board, image or upload as a search, and filters alone as the catalog', () => {
    expect(isSearch(EMPTY_QUERY)).toBe(false);
    expect(isSearch({ ...EMPTY_QUERY, filters: ['price<80'] })).toBe(false);
    expect(isSearch({ ...EMPTY_QUERY, text: 'x' })).toBe(true);
    expect(isSearch({ ...EMPTY_QUERY, board: 'ana' })).toBe(true);
    expect(isSearch({ ...EMPTY_QUERY, image: 'a1' })).toBe(true);
    expect(isSearch({ ...EMPTY_QUERY, upload: 'u1' })).toBe(true);
  });

  it('gives different keys to queries that differ only in filter order', () => {
    const one = { ...EMPTY_QUERY, filters: ['a=1', 'b=2'] };
    const two = { ...EMPTY_QUERY, filters: ['b=2', 'a=1'] };
    expect(queryKey(one)).toBe(queryKey({ ...one }));
    expect(queryKey(one)).not.toBe(queryKey(two));
  });
});
