import { describe, expect, it } from 'vitest';
import type { Item } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { itemTitle } from './item-title.ts';

const blazer: Item = {
  id: 'blazer',
  category: 'jacket',
  slot: 'outerwear',
  color: 'navy',
  pattern: { kind: 'pinstripe', color: 'white' },
  texture: 'tweed',
  parts: { collar: 'notched', sleeve: 'long', fit: 'slim', closure: 'buttons', buttons: 2, pockets: 2 },
  details: { logo: null, stitching: null, hardware: 'mustard' },
  archetypes: { classic: 1 },
  formality: 4,
  season: 'autumn',
  price: 249.99,
};

describe('itemTitle', () => {
  it('reads like a product title: colour, pattern, a descriptor or two, noun, in title case', () => {
    const titles = Array.from({ length: 40 }, (_, seed) => itemTitle(blazer, Random.for(seed, 'title')));
    for (const title of titles) {
      expect(title).toMatch(
        /^Navy( Blue)?( & White)? (Pinstripe|Pinstriped)( [A-Z][\w-]*){0,2} (Blazer|Jacket)$/,
      );
    }
    expect(titles).toContain('Navy Pinstripe Slim-Fit Blazer');
    expect(new Set(titles).size).toBeGreaterThan(8);
  });

  it('gives the same title for the same random stream', () => {
    const item = sampleItem(Random.for(1, 'item'), { id: 'x' });
    expect(itemTitle(item, Random.for(2, 'title'))).toBe(itemTitle(item, Random.for(2, 'title')));
  });

  it('stays short', () => {
    for (let index = 0; index < 200; index++) {
      const item = sampleItem(Random.for(3, `item:${index}`), { id: `${index}` });
      expect(itemTitle(item, Random.for(3, `title:${index}`)).split(' ').length).toBeLessThanOrEqual(8);
    }
  });
});
