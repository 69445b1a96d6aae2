import type { Item } from '../item.ts';
import { describeItem, joinWords } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/*
 * Season is about temperature. Spring and autumn are both mild and sit next to every season, so the
 * only impossible pairing is summer-only with winter-only (a linen tank under a wool coat); an
 * all-season item goes with anything.
 */
export function checkSeason(items: readonly Item[]): RuleVerdict {
  const summer = items.filter((item) => item.season === 'summer');
  const winter = items.filter((item) => item.season === 'winter');
  if (summer.length > 0 && winter.length > 0) {
    return {
      passed: false,
      message: `${joinWords(summer.map(describeItem))} ${summer.length > 1 ? 'are' : 'is'} summer-only but ${joinWords(winter.map(describeItem))} ${winter.length > 1 ? 'are' : 'is'} winter-only`,
      itemIds: [...summer, ...winter].map((item) => item.id),
    };
  }
  const seasons = [...new Set(items.map((item) => item.season))].sort();
  return {
    passed: true,
    message: `seasons agree (${seasons.join(', ') || 'none'}): no summer-only item with a winter-only one`,
    itemIds: items.map((item) => item.id),
  };
}
