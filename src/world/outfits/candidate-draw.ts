import type { ItemPool } from '../catalog-pool.ts';
import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { SEASONS } from '../vocabulary.ts';
import type { PoolIndex } from './pool-index.ts';

/** An item together with its pool index, so a sampled outfit can swap an item without a lookup. */
export interface Picked {
  position: number;
  item: Item;
}

const SUMMER = SEASONS.indexOf('summer');
const WINTER = SEASONS.indexOf('winter');

/**
 * Draws up to `draws` pool indices from `list` (with replacement: lists are long and draws few) and
 * returns the first item `accept` takes. `hopeful` runs on the index's bytes before the item is
 * regenerated, so the expensive step is spent only on plausible candidates.
 */
export function drawCandidate(
  random: Random,
  pool: ItemPool,
  list: Int32Array,
  draws: number,
  hopeful: (position: number) => boolean,
  accept: (item: Item) => boolean,
): Picked | undefined {
  if (list.length === 0) return undefined;
  for (let draw = 0; draw < draws; draw++) {
    const position = list[random.int(0, list.length - 1)]!;
    if (!hopeful(position)) continue;
    const item = pool.get(position);
    if (accept(item)) return { position, item };
  }
  return undefined;
}

/**
 * Whether an item with these index bytes can join `chosen` without breaking formality spread or
 * season, the two rules the index can decide without regenerating the item.
 */
export function fitsFormalityAndSeason(index: PoolIndex, chosen: readonly Picked[], position: number): boolean {
  const formality = index.formality[position]!;
  const season = index.season[position]!;
  for (const { item } of chosen) {
    if (Math.abs(item.formality - formality) > 1) return false;
    if ((season === SUMMER && item.season === 'winter') || (season === WINTER && item.season === 'summer')) {
      return false;
    }
  }
  return true;
}
