import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { checkSeason } from './season.ts';

describe('checkSeason', () => {
  it('accepts all-season items', () => {
    expect(checkSeason(basicOutfit()).passed).toBe(true);
  });

  it('rejects a linen sleeveless summer top with a winter coat, naming both', () => {
    const items = [
      handItem('t', 'top', { texture: 'linen', parts: { sleeve: 'sleeveless' }, season: 'summer' }),
      handItem('c', 'coat', { color: 'camel', season: 'winter' }),
      handItem('j', 'jeans', { color: 'denim' }),
    ];
    const verdict = checkSeason(items);
    expect(verdict).toMatchObject({ passed: false, itemIds: ['t', 'c'] });
    expect(verdict.message).toBe('white top (t) is summer-only but camel coat (c) is winter-only');
  });

  it('lets spring and autumn sit with any season', () => {
    const items = [
      handItem('a', 'top', { season: 'summer' }),
      handItem('b', 'jacket', { season: 'autumn' }),
      handItem('c', 'skirt', { season: 'spring' }),
    ];
    expect(checkSeason(items).passed).toBe(true);
    const cold = [
      handItem('a', 'knitwear', { season: 'winter' }),
      handItem('b', 'skirt', { season: 'spring' }),
    ];
    expect(checkSeason(cold).passed).toBe(true);
  });
});
