import { describe, expect, it } from 'vitest';
import { filterLabel, parseFilterText } from './parse-filter.ts';

describe('parseFilterText', () => {
  it('reads every comparison operator, the two-character ones whole', () => {
    expect(parseFilterText('category=skirt')).toEqual({ field: 'category', op: '=', value: 'skirt' });
    expect(parseFilterText('color!=red')).toEqual({ field: 'color', op: '!=', value: 'red' });
    expect(parseFilterText('price<80')).toEqual({ field: 'price', op: '<', value: '80' });
    expect(parseFilterText('price<=80')).toEqual({ field: 'price', op: '<=', value: '80' });
    expect(parseFilterText('price>10')).toEqual({ field: 'price', op: '>', value: '10' });
    expect(parseFilterText('price>=10')).toEqual({ field: 'price', op: '>=', value: '10' });
  });

  it('trims spaces around the field, the operator and the value', () => {
    expect(parseFilterText('  pattern.kind  =  dots  ')).toEqual({
      field: 'pattern.kind',
      op: '=',
      value: 'dots',
    });
  });

  it('keeps spaces and operators inside a value', () => {
    expect(parseFilterText('title=made in italy')).toEqual({
      field: 'title',
      op: '=',
      value: 'made in italy',
    });
    expect(parseFilterText('note=a=b')).toEqual({ field: 'note', op: '=', value: 'a=b' });
  });

  it('reads "in" lists, in any case', () => {
    expect(parseFilterText('color in red,navy')).toEqual({ field: 'color', op: 'in', value: 'red,navy' });
    expect(parseFilterText('color IN red ')).toEqual({ field: 'color', op: 'in', value: 'red' });
  });

  it('gives undefined for text that is no filter', () => {
    expect(parseFilterText('')).toBeUndefined();
    expect(parseFilterText('skirt')).toBeUndefined();
    expect(parseFilterText('=skirt')).toBeUndefined();
    expect(parseFilterText('price<')).toBeUndefined();
    expect(parseFilterText('color in')).toBeUndefined();
  });
});

describe('filterLabel', () => {
  it('reads a filter as words', () => {
    expect(filterLabel('price<=80')).toBe('price ≤ 80');
    expect(filterLabel('price>=20')).toBe('price ≥ 20');
    expect(filterLabel('price<20')).toBe('price < 20');
    expect(filterLabel('color!=red')).toBe('color ≠ red');
    expect(filterLabel('pattern.kind=dots')).toBe('pattern kind: dots');
    expect(filterLabel('color in red,navy')).toBe('color in red, navy');
  });

  it('spaces an "in" list once, however the user spaced it', () => {
    // The server trims each listed value, so "red, navy" and "red,navy" are the same filter.
    expect(filterLabel('color in red, navy ,cream')).toBe('color in red, navy, cream');
  });

  it('shows text it cannot read as it is', () => {
    expect(filterLabel('just words')).toBe('just words');
  });
});
