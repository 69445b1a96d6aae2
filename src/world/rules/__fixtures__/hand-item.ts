import type { Item } from '../../item.ts';
import { CATEGORY_INFO, type Category } from '../../vocabulary.ts';

/**
 * A hand-built catalog item for rule tests: only what a test names differs from a quiet default
 * (solid white, plain, all-season, smart casual, minimalist), so each test reads as the one fact it
 * is about.
 */
export function handItem(
  id: string,
  category: Category,
  overrides: Partial<Omit<Item, 'id' | 'category'>> = {},
): Item {
  return {
    id,
    category,
    slot: CATEGORY_INFO[category].slot,
    color: 'white',
    pattern: { kind: 'solid' },
    texture: 'plain',
    parts: {},
    details: { logo: null, stitching: null, hardware: null },
    archetypes: { minimalist: 1 },
    formality: 3,
    season: 'all-season',
    price: 50,
    ...overrides,
  };
}

/** White shirt, navy trousers, black loafers: the outfit every rule should accept. */
export function basicOutfit(): Item[] {
  return [
    handItem('shirt', 'shirt', { color: 'white' }),
    handItem('trousers', 'trousers', { color: 'navy' }),
    handItem('loafers', 'loafers', { color: 'black', texture: 'leather' }),
  ];
}
