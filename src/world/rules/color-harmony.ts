import { type Item, itemColors } from '../item.ts';
import { type ColorName, isColorName, PALETTE } from '../palette.ts';
import { classifyAccentPair, explainAccentPair } from './accent-pairs.ts';
import { describeItem, joinWords } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/**
 * Neutrals go with anything; an outfit carries at most two accents, and two accents must form a
 * scheme (tonal, analogous, complementary or muted). Three accents already read as busy whatever
 * their hues, so the count is checked first. Colours are the body colour and the pattern colour of
 * every item; logos, stitching and hardware are too small to set an outfit's palette.
 */
export const MAX_ACCENTS = 2;

function accentCarriers(items: readonly Item[]): Map<ColorName, Item[]> {
  const carriers = new Map<ColorName, Item[]>();
  for (const item of items) {
    for (const color of new Set(itemColors(item))) {
      if (!isColorName(color) || PALETTE[color].neutral) continue;
      carriers.set(color, [...(carriers.get(color) ?? []), item]);
    }
  }
  return carriers;
}

function carrierIds(carriers: Map<ColorName, Item[]>, colors: readonly ColorName[]): string[] {
  return [...new Set(colors.flatMap((color) => (carriers.get(color) ?? []).map((item) => item.id)))];
}

export function checkColorHarmony(items: readonly Item[]): RuleVerdict {
  const carriers = accentCarriers(items);
  const accents = [...carriers.keys()];

  if (accents.length > MAX_ACCENTS) {
    const listed = accents.map((color) => `${color} (${carriers.get(color)!.map(describeItem).join(', ')})`);
    return {
      passed: false,
      message: `${accents.length} accent colours: ${joinWords(listed)}; neutrals plus at most ${MAX_ACCENTS} accents`,
      itemIds: carrierIds(carriers, accents),
    };
  }
  const allIds = items.map((item) => item.id);
  if (accents.length === 0) {
    return { passed: true, message: 'all neutrals, no accent colour', itemIds: allIds };
  }
  if (accents.length === 1) {
    return { passed: true, message: `one accent colour (${accents[0]}) on neutrals`, itemIds: allIds };
  }

  const [first, second] = accents as [ColorName, ColorName];
  const pair = classifyAccentPair(first, second);
  if (!pair.harmonious) {
    const who = (color: ColorName) => carriers.get(color)!.map(describeItem).join(', ');
    return {
      passed: false,
      message: `${explainAccentPair(first, second)}: ${who(first)} against ${who(second)}`,
      itemIds: carrierIds(carriers, accents),
    };
  }
  return { passed: true, message: `${explainAccentPair(first, second)}, on neutrals`, itemIds: allIds };
}
