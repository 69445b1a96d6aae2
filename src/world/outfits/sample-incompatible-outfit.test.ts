import { describe, expect, it } from 'vitest';
import { itemIndex, worldItemPool } from '../catalog-pool.ts';
import { Random } from '../random.ts';
import { brokenRules, RULE_IDS, scoreOutfit } from '../rules/index.ts';
import { sampleIncompatibleOutfit } from './sample-incompatible-outfit.ts';

const pool = worldItemPool(5, 2000);
const itemsOf = (itemIds: readonly string[]) => itemIds.map((id) => pool.get(itemIndex(id)));

describe('sampleIncompatibleOutfit', () => {
  for (const rule of RULE_IDS) {
    it(`breaks exactly ${rule}, and says why`, () => {
      let found = 0;
      for (let seed = 0; seed < 20; seed++) {
        const outfit = sampleIncompatibleOutfit(Random.for(seed, `broken:${rule}`), pool, rule);
        if (!outfit) continue;
        found++;
        const rescored = scoreOutfit(itemsOf(outfit.itemIds));
        expect(rescored).toEqual(outfit.assessment);
        expect(brokenRules(rescored)).toEqual([rule]);
        expect(outfit.brokenRules).toEqual([rule]);
        expect(rescored.compatible).toBe(false);
        const outcome = rescored.rules.find((candidate) => candidate.rule === rule)!;
        // The reason names items of this outfit (a missing pair of shoes names none).
        for (const id of outcome.itemIds) expect(outfit.itemIds).toContain(id);
        for (const id of outcome.itemIds) expect(outcome.message).toContain(`(${id})`);
      }
      expect(found).toBeGreaterThanOrEqual(19);
    });
  }

  it('is deterministic', () => {
    const first = sampleIncompatibleOutfit(Random.for(9, 'broken'), pool, 'season', { id: 'x' });
    expect(sampleIncompatibleOutfit(Random.for(9, 'broken'), pool, 'season', { id: 'x' })).toEqual(first);
  });
});
