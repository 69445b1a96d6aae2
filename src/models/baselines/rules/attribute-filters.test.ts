import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../world/index.ts';
import { attributeFilters, categoryFilter, priceFilters, wantedCategories } from './attribute-filters.ts';
import { readsAsFilter } from './test-support/filter-grammar.ts';

describe('attribute filters', () => {
  it('turns parsed attributes into record paths', () => {
    const parsed = parsePrompt(
      'navy blazer with thin vertical white stripes, two gold buttons, a small red star logo on the top left, contrast pink stitching, formal, winter, pockets',
    );
    // The order follows the parser's; what matters is the set.
    expect(attributeFilters(parsed.attributes).sort()).toEqual(
      [
        'color=navy',
        'pattern.kind=stripes',
        'pattern.color=white',
        'pattern.direction=vertical',
        'pattern.scale=small',
        'parts.buttons=2',
        'parts.closure=buttons',
        'parts.pockets>=1',
        'details.hardware=mustard',
        'details.logo.shape=star',
        'details.logo.color=red',
        'details.logo.size=small',
        'details.logo.position=top-left',
        'details.stitching=pink',
        'formality=5',
        'season=winter',
      ].sort(),
    );
    for (const filter of attributeFilters(parsed.attributes))
      expect(readsAsFilter(filter), filter).toBe(true);
  });

  it('reads a generic "top" as every top category, and a named one as itself', () => {
    expect(wantedCategories(parsePrompt('a top'))).toEqual(['top', 'shirt', 'blouse', 'knitwear']);
    expect(wantedCategories(parsePrompt('a t-shirt'))).toEqual(['top']);
    expect(wantedCategories(parsePrompt('red shoes'))).toEqual(['sneakers', 'boots', 'heels', 'loafers']);
    expect(wantedCategories(parsePrompt('something nice'))).toBeUndefined();
  });

  it('excludes the category of the item to go with, unless that is exactly what was asked', () => {
    expect(categoryFilter({ wanted: ['top', 'shirt'], excluded: 'skirt' })).toBe('category in top,shirt');
    expect(categoryFilter({ wanted: undefined, excluded: 'skirt' })).toBe('category!=skirt');
    expect(categoryFilter({ wanted: ['skirt'], excluded: 'skirt' })).toBe('category=skirt');
    expect(categoryFilter({ wanted: ['boots', 'heels'], excluded: 'heels' })).toBe('category=boots');
    expect(categoryFilter({ wanted: undefined, excluded: undefined })).toBeUndefined();
  });

  it('keeps strict and inclusive price limits apart', () => {
    expect(priceFilters(parsePrompt('under $60'))).toEqual(['price<60']);
    expect(priceFilters(parsePrompt('$60 or less'))).toEqual(['price<=60']);
    expect(priceFilters(parsePrompt('at least 20 dollars'))).toEqual(['price>=20']);
    expect(priceFilters(parsePrompt('more than $20'))).toEqual(['price>20']);
    expect(priceFilters(parsePrompt('a red dress'))).toEqual([]);
  });
});
