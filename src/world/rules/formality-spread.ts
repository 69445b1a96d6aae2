import type { Item } from '../item.ts';
import { describeItem } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/*
 * Formality runs 1 (athletic) to 5 (evening). Neighbouring levels mix as a matter of course (a smart
 * casual blazer over casual jeans is 3 with 2); two levels apart is a deliberate high-low look that
 * most people read as a mistake, so it breaks the rule softly (half credit in the score); three or
 * more apart (running shoes with an evening dress) is a full break.
 */
export const MAX_FORMALITY_SPREAD = 1;
export const SOFT_FORMALITY_SPREAD = 2;
const SOFT_BREAK_CREDIT = 0.5;

export function checkFormalitySpread(items: readonly Item[]): RuleVerdict {
  if (items.length === 0) return { passed: true, message: 'no items, no formality to compare', itemIds: [] };
  let lowest = items[0]!;
  let highest = items[0]!;
  for (const item of items) {
    if (item.formality < lowest.formality) lowest = item;
    if (item.formality > highest.formality) highest = item;
  }
  const spread = highest.formality - lowest.formality;
  const range = `formality ${lowest.formality} to ${highest.formality}`;

  if (spread <= MAX_FORMALITY_SPREAD) {
    return {
      passed: true,
      message: `${range}, a spread of ${spread}`,
      itemIds: items.map((item) => item.id),
    };
  }
  const pair = `${describeItem(lowest)} (formality ${lowest.formality}) with ${describeItem(highest)} (formality ${highest.formality})`;
  const soft = spread === SOFT_FORMALITY_SPREAD;
  return {
    passed: false,
    credit: soft ? SOFT_BREAK_CREDIT : 0,
    message: `${pair}: a spread of ${spread}${soft ? ', a soft break' : ''}; at most ${MAX_FORMALITY_SPREAD} mixes well`,
    itemIds: [lowest.id, highest.id],
  };
}
