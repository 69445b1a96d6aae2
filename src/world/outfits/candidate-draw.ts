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

function gcd(first: number, second: number): number {
  return second === 0 ? first : gcd(second, first % second);
}

/**
 * Visits the pool indices of `list` in a seeded pseudo-random order (a random start and a random
 * stride coprime to the length, so every entry comes up once without shuffling a copy) and returns
 * the first item `accept` takes. `hopeful` runs on the index bytes before an item is regenerated, so
 * regeneration, the expensive step, is spent only on plausible candidates and capped at `maxGets`.
 * A small pool is therefore searched exhaustively, a large one sampled.
 */
export function scanCandidates(
  random: Random,
  pool: ItemPool,
  list: Int32Array,
  maxGets: number,
  hopeful: (position: number) => boolean,
  accept: (item: Item) => boolean,
): Picked | undefined {
  const length = list.length;
  if (length === 0) return undefined;
  const start = random.int(0, length - 1);
  let stride = 1;
  for (let attempt = 0; attempt < 8 && length > 2; attempt++) {
    const candidate = random.int(1, length - 1);
    if (gcd(candidate, length) === 1) {
      stride = candidate;
      break;
    }
  }
  let gets = 0;
  for (let step = 0; step < length && gets < maxGets; step++) {
    const position = list[(start + step * stride) % length]!;
    if (!hopeful(position)) continue;
    gets++;
    const item = pool.get(position);
    if (accept(item)) return { position, item };
  }
  return undefined;
}

const SUMMER = SEASONS.indexOf('summer');
const WINTER = SEASONS.indexOf('winter');

/** Whether an item with this index byte keeps the formality spread of `rest` within 1. */
export function keepsFormality(index: PoolIndex, rest: readonly Item[], position: number): boolean {
  const formality = index.formality[position]!;
  return rest.every((item) => Math.abs(item.formality - formality) <= 1);
}

/** Whether an item with this index byte avoids a summer-only/winter-only pair with `rest`. */
export function keepsSeason(index: PoolIndex, rest: readonly Item[], position: number): boolean {
  const season = index.season[position]!;
  if (season === SUMMER) return rest.every((item) => item.season !== 'winter');
  if (season === WINTER) return rest.every((item) => item.season !== 'summer');
  return true;
}
