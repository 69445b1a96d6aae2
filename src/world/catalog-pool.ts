import type { Item } from './item.ts';
import { sampleItem } from './item-sampler.ts';
import { Random } from './random.ts';

/**
 * The catalog of a generated world, item by item. Item i is a pure function of (seed, i), so the pool
 * regenerates items on demand instead of holding them: memory stays flat for any catalog size.
 */
export interface ItemPool {
  size: number;
  get(index: number): Item;
}

export function itemId(index: number): string {
  return `item-${String(index + 1).padStart(6, '0')}`;
}

export function worldItemPool(seed: number, size: number): ItemPool {
  return {
    size,
    get(index) {
      if (!Number.isInteger(index) || index < 0 || index >= size) {
        throw new RangeError(`item index ${index} is outside the catalog of ${size}`);
      }
      return sampleItem(Random.for(seed, `item:${index}`), { id: itemId(index) });
    },
  };
}

/** Inverse of itemId, for ids of this world's own catalog. */
export function itemIndex(id: string): number {
  const match = /^item-(\d+)$/.exec(id);
  if (!match) throw new RangeError(`not a world item id: ${id}`);
  return Number(match[1]) - 1;
}
