import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import type { Category } from '../vocabulary.ts';

/** A noun for an item and whether it is plural ("trousers", "pumps" take no article). */
export interface Noun {
  text: string;
  plural: boolean;
}

const PLURAL_CATEGORIES: ReadonlySet<Category> = new Set([
  'trousers',
  'jeans',
  'shorts',
  'sneakers',
  'boots',
  'heels',
  'loafers',
]);

/**
 * Names an item the way a shop would, using a synonym only where the item's parts make it true: a
 * jacket with notched lapels and buttons is a blazer, a zipped one a bomber; stilettos are high heels,
 * booties ankle boots. Several synonyms imply a part to the parser ("miniskirt" → mini length), so a
 * synonym that said something false about the item would break the caption → prompt round trip.
 */
function candidates(item: Item): string[] {
  const { parts } = item;
  switch (item.category) {
    case 'top':
      if (parts.sleeve === 'sleeveless') return ['tank top', 'top', 'camisole'];
      if (parts.sleeve === 'short') return ['t-shirt', 'tee', 'top'];
      return ['long-sleeve top', 'top'];
    case 'shirt':
      return ['shirt', 'button-down shirt', 'button-up shirt'];
    case 'blouse':
      return parts.fit === 'relaxed' ? ['blouse', 'tunic'] : ['blouse'];
    case 'knitwear':
      if (parts.closure === 'buttons') return ['cardigan'];
      if (parts.neckline === 'turtleneck') return ['turtleneck', 'sweater'];
      return ['sweater', 'jumper', 'pullover'];
    case 'trousers':
      return item.formality >= 3 ? ['trousers', 'slacks', 'pants'] : ['trousers', 'pants', 'chinos'];
    case 'skirt':
      if (parts.length === 'mini') return ['skirt', 'miniskirt'];
      return parts.fit === 'slim' ? ['skirt', 'pencil skirt'] : ['skirt'];
    case 'dress':
      if (parts.length === 'maxi' && item.formality >= 4) return ['dress', 'gown'];
      return parts.sleeve === 'sleeveless' ? ['dress', 'sundress'] : ['dress'];
    case 'jacket':
      if (parts.closure === 'zip') return ['jacket', 'bomber jacket', 'windbreaker'];
      return parts.collar === 'notched' ? ['blazer', 'jacket'] : ['jacket'];
    case 'coat':
      if (parts.closure === 'zip') return ['coat', 'parka'];
      return parts.length === 'knee' ? ['coat', 'overcoat', 'trench coat'] : ['coat', 'overcoat'];
    case 'sneakers':
      return ['sneakers', 'trainers'];
    case 'boots':
      return parts.shaft === 'ankle' ? ['boots', 'ankle boots', 'booties'] : ['boots'];
    case 'heels':
      if (parts.heel === 'high')
        return parts.strap === 'none' ? ['heels', 'pumps', 'stilettos'] : ['heels', 'sandals'];
      return ['heels', 'pumps'];
    case 'loafers':
      if (parts.heel === 'flat') return ['loafers', 'flats'];
      return item.texture === 'suede' ? ['loafers', 'moccasins'] : ['loafers'];
    case 'bag':
      if (parts.strap === 'top-handle') return ['bag', 'handbag', 'tote'];
      if (parts.strap === 'crossbody') return ['bag', 'crossbody bag'];
      return ['bag', 'shoulder bag', 'purse'];
    case 'hat':
      if (parts.brim === 'none') return item.texture === 'knit' ? ['hat', 'beanie'] : ['hat', 'beret'];
      return parts.brim === 'wide' ? ['hat', 'sun hat'] : ['hat', 'fedora'];
    case 'scarf':
      return ['scarf', 'shawl'];
    default:
      return [item.category];
  }
}

export function nounFor(item: Item, random: Random): Noun {
  return { text: random.pick(candidates(item)), plural: PLURAL_CATEGORIES.has(item.category) };
}
