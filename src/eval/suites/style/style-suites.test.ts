import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../store/index.ts';
import { CATEGORY_INFO, type Item, itemIndex, scoreOutfit, worldItemPool } from '../../../world/index.ts';
import { collect, fingerprint, letterCounts, temporaryStore } from '../suite-test-store.test-support.ts';
import { styleCompatSuite } from './style-compat-suite.ts';
import { styleFitbSuite } from './style-fitb-suite.ts';

interface FitbExpected {
  outfitId: string;
  category: string;
  contextItemIds: string[];
  candidates: {
    letter: string;
    itemId: string;
    correct: boolean;
    brokenRules: string[];
    reasons: string[];
  }[];
}

interface CompatExpected {
  compatible: boolean;
  itemIds: string[];
  brokenRules: string[];
}

const failedRules = (items: Item[]) =>
  scoreOutfit(items)
    .rules.filter((outcome) => !outcome.passed)
    .map((outcome) => outcome.rule);

let scratch: { store: Store; close(): Promise<void> };
beforeAll(async () => {
  scratch = await temporaryStore();
});
afterAll(async () => {
  await scratch.close();
});

describe('style-fitb suite', () => {
  const pool = worldItemPool(21, 2000);
  const item = (id: string) => pool.get(itemIndex(id));

  it('offers four same-category candidates; each wrong one breaks the named rules, the right one none', async () => {
    const samples = await collect(styleFitbSuite, scratch.store, 21, 24, { resolution: 64 });
    expect(letterCounts(samples)).toEqual({ A: 6, B: 6, C: 6, D: 6 });
    const rulesSeen = new Set<string>();
    for (const sample of samples) {
      const expected = sample.expected as FitbExpected;
      expect(sample.scorer).toBe('choice');
      expect(sample.cluster).toBe(expected.outfitId);
      expect(sample.images.map((image) => image.name)).toEqual([
        ...expected.contextItemIds.map((_, at) => `outfit-${at + 1}`),
        'A',
        'B',
        'C',
        'D',
      ]);
      expect(expected.candidates.map((candidate) => candidate.letter)).toEqual(['A', 'B', 'C', 'D']);
      const context = expected.contextItemIds.map(item);
      for (const candidate of expected.candidates) {
        const option = item(candidate.itemId);
        expect(option.category).toBe(expected.category);
        expect(candidate.correct).toBe(candidate.letter === sample.answer);
        const broken = failedRules([...context, option]);
        expect(broken).toEqual(candidate.brokenRules);
        if (candidate.correct) expect(broken).toEqual([]);
        else {
          expect(broken.length).toBeGreaterThan(0);
          expect(candidate.reasons.length).toBe(broken.length);
          for (const rule of broken) rulesSeen.add(rule);
        }
      }
      expect(sample.question).toContain(CATEGORY_INFO[expected.category as keyof typeof CATEGORY_INFO].noun);
    }
    expect(rulesSeen.size).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic for a seed, images included', async () => {
    const once = await collect(styleFitbSuite, scratch.store, 5, 3, { resolution: 64 });
    const again = await collect(styleFitbSuite, scratch.store, 5, 3, { resolution: 64 });
    expect(fingerprint(again)).toEqual(fingerprint(once));
    expect(styleFitbSuite.chance.accuracy).toBe(0.25);
  });
});

describe('style-compat suite', () => {
  it('is exactly half compatible; each incompatible outfit breaks exactly the rule it records', async () => {
    const samples = await collect(styleCompatSuite, scratch.store, 8, 24, { resolution: 64 });
    const pool = worldItemPool(8, 2000);
    expect(samples.filter((sample) => sample.answer === 'yes')).toHaveLength(12);
    const rules: Record<string, number> = {};
    for (const sample of samples) {
      const expected = sample.expected as CompatExpected;
      expect(sample.scorer).toBe('yes-no');
      expect(sample.images.map((image) => image.name)).toEqual(
        expected.itemIds.map((_, at) => `item-${at + 1}`),
      );
      const broken = failedRules(expected.itemIds.map((id) => pool.get(itemIndex(id))));
      if (sample.answer === 'yes') {
        expect(broken).toEqual([]);
        expect(sample.difficulty.rule).toBe('none');
      } else {
        expect(broken).toEqual([sample.difficulty.rule]);
        expect(expected.brokenRules).toEqual(broken);
        rules[broken[0]!] = (rules[broken[0]!] ?? 0) + 1;
      }
    }
    // Twelve incompatible outfits take the six rules in turn: each twice.
    expect(Object.values(rules)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(styleCompatSuite.headline).toEqual(['auc', 'accuracy']);
  });
});
