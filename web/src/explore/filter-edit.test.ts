import { describe, expect, it } from 'vitest';
import { equalityValue, rangeValue, replaceFilter } from './filter-edit.ts';

const LOWER = ['>=', '>'];
const FILTERS = ['category=skirt', 'price>=20', 'color in red,navy', 'price<=80', 'category=dress'];

describe('equalityValue', () => {
  it('is the value of the first FIELD=VALUE filter on that field', () => {
    expect(equalityValue(FILTERS, 'category')).toBe('skirt');
  });

  it('is empty when the field has no equality filter', () => {
    expect(equalityValue(FILTERS, 'color')).toBe('');
    expect(equalityValue(['category!=skirt'], 'category')).toBe('');
    expect(equalityValue([], 'category')).toBe('');
  });
});

describe('rangeValue', () => {
  it('is the bound of the filter with one of the operators', () => {
    expect(rangeValue(FILTERS, 'price', LOWER)).toBe('20');
    expect(rangeValue(FILTERS, 'price', ['<=', '<'])).toBe('80');
    expect(rangeValue(FILTERS, 'width', LOWER)).toBe('');
  });
});

describe('replaceFilter', () => {
  it('replaces in place, so other chips keep their order', () => {
    expect(replaceFilter(FILTERS, 'price', LOWER, 'price>=30')).toEqual([
      'category=skirt',
      'price>=30',
      'color in red,navy',
      'price<=80',
      'category=dress',
    ]);
  });

  it('collapses several matching filters into one, where the first was', () => {
    expect(replaceFilter(FILTERS, 'category', ['='], 'category=coat')).toEqual([
      'category=coat',
      'price>=20',
      'color in red,navy',
      'price<=80',
    ]);
  });

  it('drops the matching filters for a null or empty replacement', () => {
    expect(replaceFilter(FILTERS, 'category', ['='], null)).toEqual([
      'price>=20',
      'color in red,navy',
      'price<=80',
    ]);
    expect(replaceFilter(FILTERS, 'price', LOWER, '')).toEqual([
      'category=skirt',
      'color in red,navy',
      'price<=80',
      'category=dress',
    ]);
  });

  it('appends when nothing matched, and leaves the input alone', () => {
    const filters = ['category=skirt'];
    expect(replaceFilter(filters, 'price', ['<=', '<'], 'price<=50')).toEqual([
      'category=skirt',
      'price<=50',
    ]);
    expect(replaceFilter(filters, 'price', ['<=', '<'], null)).toEqual(['category=skirt']);
    expect(filters).toEqual(['category=skirt']);
  });
});
