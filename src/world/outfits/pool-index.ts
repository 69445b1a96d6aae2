import type { ItemPool } from '../catalog-pool.ts';
import type { Item } from '../item.ts';
import { dominantArchetype, patternWeight } from '../rules/index.ts';
import {
  ARCHETYPES,
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  SEASONS,
  SLOTS,
  type Slot,
} from '../vocabulary.ts';

/*
 * Pools regenerate items on demand, so the sampler never holds the catalog. What it keeps is one
 * integer list per slot, per (slot, dominant archetype) and per category, plus one byte each of
 * formality, season and pattern per item: a few dozen bytes an item instead of the items themselves,
 * enough to draw candidates of the right slot and style and to skip hopeless ones before
 * regenerating them.
 *
 * Pools past INDEX_LIMIT items are indexed at an even stride: outfits then come from a fixed,
 * spread-out subset of 50,000 items, which keeps the one-off indexing pass near a second.
 */
export const INDEX_LIMIT = 50_000;

export interface PoolIndex {
  /** Pool indices of every indexed item, by slot. */
  bySlot: Readonly<Record<Slot, Int32Array>>;
  /** By slot, then by the item's dominant archetype (as its position in ARCHETYPES). */
  bySlotAndStyle: Readonly<Record<Slot, readonly Int32Array[]>>;
  byCategory: Readonly<Record<Category, Int32Array>>;
  /** Per pool index; 0 for items outside the indexed subset. */
  formality: Uint8Array;
  /** Position in SEASONS per pool index. */
  season: Uint8Array;
  /** Pattern per pool index: 0 quiet (solid, pinstripe), 1 bold small-scale, 2 bold large-scale. */
  pattern: Uint8Array;
  /** Pool index of an item id, for resolving an outfit's itemIds back to items. */
  positionOf: ReadonlyMap<string, number>;
}

const cache = new WeakMap<ItemPool, PoolIndex>();

function indexedPositions(size: number): number[] {
  if (size <= INDEX_LIMIT) return Array.from({ length: size }, (_, index) => index);
  const stride = size / INDEX_LIMIT;
  return Array.from({ length: INDEX_LIMIT }, (_, index) => Math.floor(index * stride));
}

function buildPoolIndex(pool: ItemPool): PoolIndex {
  const slotLists = new Map<Slot, number[]>(SLOTS.map((slot) => [slot, []]));
  const styleLists = new Map<Slot, number[][]>(SLOTS.map((slot) => [slot, ARCHETYPES.map(() => [])]));
  const categoryLists = new Map<Category, number[]>(CATEGORIES.map((category) => [category, []]));
  const formality = new Uint8Array(pool.size);
  const season = new Uint8Array(pool.size);
  const pattern = new Uint8Array(pool.size);
  const positionOf = new Map<string, number>();

  for (const position of indexedPositions(pool.size)) {
    const item: Item = pool.get(position);
    const slot = CATEGORY_INFO[item.category].slot;
    slotLists.get(slot)!.push(position);
    const style = dominantArchetype(item.archetypes);
    if (style) styleLists.get(slot)![ARCHETYPES.indexOf(style)]!.push(position);
    categoryLists.get(item.category)!.push(position);
    formality[position] = item.formality;
    season[position] = SEASONS.indexOf(item.season);
    const weight = patternWeight(item.pattern);
    pattern[position] = weight.bold ? (weight.scale === 'small' ? 1 : 2) : 0;
    positionOf.set(item.id, position);
  }

  const record = <K extends string, V, W>(keys: readonly K[], source: Map<K, V>, map: (value: V) => W) =>
    Object.fromEntries(keys.map((key) => [key, map(source.get(key)!)])) as Record<K, W>;
  return {
    bySlot: record(SLOTS, slotLists, (list) => Int32Array.from(list)),
    bySlotAndStyle: record(SLOTS, styleLists, (lists) => lists.map((list) => Int32Array.from(list))),
    byCategory: record(CATEGORIES, categoryLists, (list) => Int32Array.from(list)),
    formality,
    season,
    pattern,
    positionOf,
  };
}

/** The pool's index, built on first use with one pass over the pool and cached for the pool's life. */
export function poolIndex(pool: ItemPool): PoolIndex {
  let index = cache.get(pool);
  if (!index) {
    index = buildPoolIndex(pool);
    cache.set(pool, index);
  }
  return index;
}
