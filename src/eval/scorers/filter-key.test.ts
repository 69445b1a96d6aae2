import { describe, expect, it } from 'vitest';
import { filterKey } from './filter-key.ts';

describe('filterKey', () => {
  it.each([
    ['price<60', 'price < 60'],
    ['price<60', 'price<60.0'],
    ['category=skirt', ' category = skirt '],
    ['category=skirt', 'category in skirt'],
    ['color in navy,black', 'color in black, navy'],
    ['color=grey', 'color=gray'],
    ['Category=Skirt', 'category=skirt'],
  ])('%j reads the same as %j', (first, second) => {
    expect(filterKey(first)).toBe(filterKey(second));
  });

  it.each([
    ['price<60', 'price<=60'],
    ['price<60', 'price>60'],
    ['color in navy,black', 'color in navy'],
    ['category=skirt', 'category!=skirt'],
  ])('%j differs from %j', (first, second) => {
    expect(filterKey(first)).not.toBe(filterKey(second));
  });

  it('keeps unreadable filters as text', () => {
    expect(filterKey('price < cheap')).toBe('unreadable:price<cheap');
    expect(filterKey('price<cheap')).toBe(filterKey('price < cheap'));
  });
});
