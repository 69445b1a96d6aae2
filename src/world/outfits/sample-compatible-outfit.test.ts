import { describe, expect, it } from 'vitest';
import { type ItemPool, itemIndex, worldItemPool } from '../catalog-pool.ts';
import { Random } from '../random.ts';
import { scoreOutfit } from '../rules/index.ts';
import { CATEGORY_INFO } from '../vocabulary.ts';
import { outfitSchema } from './outfit.ts';
import { sampleCompatibleOutfit } from './sample-compatible-outfit.ts';

const pool = worldItemPool(5, 2000);
const itemsOf = (itemIds: readonly string[]) => itemIds.map((id) => pool.get(itemIndex(id)));

describe('sampleCompatibleOutfit', () => {
  it('returns outfits that pass every rule when re-scored from the pool, over 200 seeds', () => {
    for (let seed = 0; seed < 200; seed++) {
      const outfit = sampleCompatibleOutfit(Random.for(seed, 'outfit'), pool, { id: `o${seed}` });
      expect(outfit, `seed ${seed}`).not.toBeNull();
      const rescored = scoreOutfit(itemsOf(outfit!.itemIds));
      const broken = rescored.rules.filter((outcome) => !outcome.passed).map((outcome) => outcome.message);
      expect(broken, `seed ${seed}`).toEqual([]);
      expect(rescored).toEqual(outfit!.assessment);
      expect(outfit!.assessment.score).toBe(1);
      expect(outfit!.brokenRules).toEqual([]);
      expect(new Set(outfit!.itemIds).size).toBe(outfit!.itemIds.length);
    }
  });

  it('mixes dresses with separates and adds extras', () => {
    const slots = new Set<string>();
    for (let seed = 0; seed < 100; seed++) {
      const outfit = sampleCompatibleOutfit(Random.for(seed, 'outfit'), pool)!;
      for (const item of itemsOf(outfit.itemIds)) slots.add(CATEGORY_INFO[item.category].slot);
    }
    expect([...slots].sort()).toEqual([
      'bag',
      'belt',
      'bottom',
      'hat',
      'one-piece',
      'outerwear',
      'scarf',
      'shoes',
      'top',
    ]);
  });

  it('is deterministic: the same seed gives the same outfit, other seeds other outfits', () => {
    const first = sampleCompatibleOutfit(Random.for(42, 'outfit'), pool);
    const again = sampleCompatibleOutfit(Random.for(42, 'outfit'), worldItemPool(5, 2000));
    expect(again).toEqual(first);
    const others = new Set(
      Array.from({ length: 20 }, (_, seed) => sampleCompatibleOutfit(Random.for(seed, 'outfit'), pool)!.id),
    );
    expect(others.size).toBe(20);
  });

  it('derives the id from the items when none is given', () => {
    const outfit = sampleCompatibleOutfit(Random.for(1, 'outfit'), pool)!;
    expect(outfit.id).toMatch(/^outfit-[0-9a-f]{8}$/);
    expect(outfitSchema.parse(JSON.parse(JSON.stringify(outfit)))).toEqual(outfit);
  });

  it('returns null when the pool has no shoes', () => {
    const noShoes: ItemPool = {
      size: 300,
      get: (index) => {
        const item = pool.get(index);
        return CATEGORY_INFO[item.category].slot === 'shoes'
          ? { ...item, category: 'top', slot: 'top' }
          : item;
      },
    };
    expect(sampleCompatibleOutfit(Random.for(1, 'outfit'), noShoes)).toBeNull();
  });
});
