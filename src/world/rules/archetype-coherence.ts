import type { Item } from '../item.ts';
import { describeMixture, dominantArchetype, mixtureOverlap } from './archetype-mixture.ts';
import { describeItem } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/*
 * Every pair of items must either share a dominant archetype or overlap by at least a quarter of
 * their style. Items are pure or lean 60–80% towards a primary archetype, so a 0.25 overlap admits a
 * pure preppy skirt with a shirt that is 70% classic / 30% preppy, and rejects a pure edgy jacket with
 * a pure romantic blouse (overlap 0). The check is pairwise, not against an outfit average, so adding
 * an item can only break it, never mend it, which is what lets the outfit sampler check partial
 * outfits as it builds them.
 */
export const MIN_ARCHETYPE_OVERLAP = 0.25;

export function itemsCohere(first: Item, second: Item): boolean {
  const sameDominant = dominantArchetype(first.archetypes) === dominantArchetype(second.archetypes);
  return sameDominant || mixtureOverlap(first.archetypes, second.archetypes) >= MIN_ARCHETYPE_OVERLAP;
}

export function checkArchetypeCoherence(items: readonly Item[]): RuleVerdict {
  let worst: { first: Item; second: Item; overlap: number } | undefined;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const first = items[i]!;
      const second = items[j]!;
      if (itemsCohere(first, second)) continue;
      const overlap = mixtureOverlap(first.archetypes, second.archetypes);
      if (!worst || overlap < worst.overlap) worst = { first, second, overlap };
    }
  }
  if (worst) {
    const { first, second, overlap } = worst;
    return {
      passed: false,
      message: `${describeItem(first)} (${describeMixture(first.archetypes)}) and ${describeItem(second)} (${describeMixture(second.archetypes)}) share no dominant archetype and overlap ${overlap.toFixed(2)} < ${MIN_ARCHETYPE_OVERLAP}`,
      itemIds: [first.id, second.id],
    };
  }
  const dominants = [...new Set(items.map((item) => dominantArchetype(item.archetypes) ?? 'none'))];
  return {
    passed: true,
    message: `every pair of items shares a style (${dominants.join(', ') || 'no items'})`,
    itemIds: items.map((item) => item.id),
  };
}
