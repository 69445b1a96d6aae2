import type { Item, Pattern } from '../item.ts';
import type { PatternScale } from '../vocabulary.ts';
import { describeItem, joinWords } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/*
 * Which patterns count. Solids and pinstripes read as plain cloth at outfit distance, so they are
 * quiet and never count. Every other pattern is bold: it draws the eye on its own. Scale follows the
 * pattern's `scale` where it has one; plaid, floral, colour-block and leopard have no scale field and
 * are drawn as large motifs by the renderer, so they are large.
 *
 * The rule is the stylist's "mix patterns by scale": one bold pattern is always fine; two are fine
 * when one is small and the other large (a fine stripe under a big check), because the small one then
 * reads as texture; two of the same scale compete, and three are too many whatever their scales.
 */
export const MAX_BOLD_PATTERNS = 2;

export interface PatternWeight {
  bold: boolean;
  scale: PatternScale;
}

export function patternWeight(pattern: Pattern): PatternWeight {
  switch (pattern.kind) {
    case 'solid':
    case 'pinstripe':
      return { bold: false, scale: 'small' };
    case 'stripes':
    case 'dots':
    case 'checks':
      return { bold: true, scale: pattern.scale };
    case 'plaid':
    case 'floral':
    case 'colorblock':
    case 'leopard':
      return { bold: true, scale: 'large' };
  }
}

function label(item: Item): string {
  return `${describeItem(item)}, ${patternWeight(item.pattern).scale} scale`;
}

export function checkPatternMixing(items: readonly Item[]): RuleVerdict {
  const bold = items.filter((item) => patternWeight(item.pattern).bold);
  const ids = bold.map((item) => item.id);

  if (bold.length === 0) return { passed: true, message: 'no bold pattern', itemIds: [] };
  if (bold.length === 1)
    return { passed: true, message: `one bold pattern: ${label(bold[0]!)}`, itemIds: ids };
  if (bold.length > MAX_BOLD_PATTERNS) {
    return {
      passed: false,
      message: `${bold.length} bold patterns: ${joinWords(bold.map(label))}; at most ${MAX_BOLD_PATTERNS}, of different scales`,
      itemIds: ids,
    };
  }
  const [first, second] = bold as [Item, Item];
  const sameScale = patternWeight(first.pattern).scale === patternWeight(second.pattern).scale;
  if (sameScale) {
    return {
      passed: false,
      message: `two bold ${patternWeight(first.pattern).scale}-scale patterns compete: ${describeItem(first)} and ${describeItem(second)}`,
      itemIds: ids,
    };
  }
  return {
    passed: true,
    message: `two bold patterns of different scales: ${label(first)} and ${label(second)}`,
    itemIds: ids,
  };
}
