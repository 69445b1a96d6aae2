import { describe, expect, it } from 'vitest';
import { parsePrompt } from './parse-prompt.ts';
import type { PriceRange } from './prompt-attributes.ts';

const CASES: readonly [prompt: string, price: PriceRange | undefined][] = [
  ['under $60', { max: 60 }],
  ['less than 80 dollars', { max: 80 }],
  ['between $20 and $50', { min: 20, max: 50 }],
  ['between 20 and 50', { min: 20, max: 50 }],
  ['from $20 to $50', { min: 20, max: 50 }],
  ['$20-$50', { min: 20, max: 50 }],
  ['$20 to $50', { min: 20, max: 50 }],
  ['over 100', { min: 100 }],
  ['at least $40', { min: 40 }],
  ['no more than fifty dollars', { max: 50 }],
  ['up to 120 bucks', { max: 120 }],
  ['$30 or less', { max: 30 }],
  ['$100 or more', { min: 100 }],
  ['$59.99', { max: 59.99 }],
  ['under twenty five dollars', { max: 25 }],
  ['more than two pockets', undefined],
  ['between 2 and 4 buttons', undefined],
  ['from 20', undefined],
];

describe('price constraints', () => {
  it.each(CASES)('reads "%s"', (prompt, price) => {
    expect(parsePrompt(prompt).attributes.price).toEqual(price);
  });

  it('keeps the numbers of a price away from counts', () => {
    const parsed = parsePrompt('a coat with two pockets under $200');
    expect(parsed.attributes).toEqual({ category: 'coat', parts: { pockets: 2 }, price: { max: 200 } });
    expect(parsed.recognised).toContainEqual({ phrase: 'under $200', meaning: 'price: at most 200' });
  });
});
