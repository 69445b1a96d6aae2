import { type Item, itemSchema, type Parts } from '../item.ts';
import { CATEGORY_INFO, type Category } from '../vocabulary.ts';

/**
 * Test support: hand-written items, so a test can vary one attribute and hold the rest fixed.
 * Every item is checked against the schema, so tests never exercise a record the world cannot make.
 */

const DEFAULT_PARTS: Readonly<Partial<Record<Category, Parts>>> = {
  top: { neckline: 'crew', sleeve: 'short', fit: 'regular', closure: 'none', pockets: 0 },
  shirt: {
    collar: 'point',
    sleeve: 'long',
    fit: 'regular',
    closure: 'buttons',
    buttons: 5,
    pockets: 0,
    cuffs: false,
  },
  knitwear: { neckline: 'crew', sleeve: 'long', fit: 'regular', closure: 'none', pockets: 0, cuffs: false },
  dress: { neckline: 'crew', sleeve: 'short', length: 'knee', fit: 'regular', closure: 'none' },
  skirt: { length: 'knee', fit: 'regular', closure: 'none', pockets: 0 },
  trousers: { length: 'full', fit: 'regular', pockets: 0, cuffs: false },
  coat: {
    collar: 'notched',
    sleeve: 'long',
    length: 'knee',
    fit: 'regular',
    closure: 'buttons',
    buttons: 4,
    pockets: 0,
  },
  jacket: { collar: 'notched', sleeve: 'long', fit: 'regular', closure: 'buttons', buttons: 2, pockets: 0 },
  heels: { heel: 'mid', strap: 'none' },
  boots: { closure: 'none', heel: 'flat', shaft: 'ankle' },
  bag: { strap: 'top-handle', closure: 'none', pockets: 0 },
  hat: { brim: 'narrow' },
  scarf: { fringe: false },
};

export interface ItemOverrides extends Partial<Omit<Item, 'parts' | 'details'>> {
  parts?: Partial<Parts>;
  details?: Partial<Item['details']>;
}

export function makeItem(category: Category, overrides: ItemOverrides = {}): Item {
  const { parts, details, ...rest } = overrides;
  const hardware =
    DEFAULT_PARTS[category]?.closure === 'buttons' || parts?.closure === 'buttons' ? 'white' : null;
  return itemSchema.parse({
    id: `${category}-test`,
    category,
    slot: CATEGORY_INFO[category].slot,
    color: 'grey',
    pattern: { kind: 'solid' },
    texture: 'plain',
    archetypes: { classic: 1 },
    formality: 3,
    season: 'all-season',
    price: 49.99,
    ...rest,
    parts: { ...DEFAULT_PARTS[category], ...parts },
    details: { logo: null, stitching: null, hardware, ...details },
  });
}
