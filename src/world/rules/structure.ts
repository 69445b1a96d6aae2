import type { Item } from '../item.ts';
import { CATEGORY_INFO, type Slot } from '../vocabulary.ts';
import { describeItem, joinWords } from './describe-item.ts';
import type { RuleVerdict } from './rule.ts';

/**
 * An outfit is wearable when it covers the body once: a top with a bottom, or a one-piece instead of
 * both, plus shoes; accessories and outerwear are optional but never doubled. The slot comes from the
 * category table rather than the item's own `slot` field, so a hand-edited row cannot smuggle a
 * second pair of shoes in under another slot name.
 */
export function checkStructure(items: readonly Item[]): RuleVerdict {
  const bySlot = new Map<Slot, Item[]>();
  for (const item of items) {
    const slot = CATEGORY_INFO[item.category].slot;
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), item]);
  }

  const doubled = [...bySlot.entries()].filter(([, slotItems]) => slotItems.length > 1);
  if (doubled.length > 0) {
    const [slot, slotItems] = doubled[0]!;
    return {
      passed: false,
      message: `two items fill the ${slot} slot: ${joinWords(slotItems.map(describeItem))}; an outfit wears one per slot`,
      itemIds: slotItems.map((item) => item.id),
    };
  }

  const one = (slot: Slot): Item | undefined => bySlot.get(slot)?.[0];
  const top = one('top');
  const bottom = one('bottom');
  const onePiece = one('one-piece');
  const shoes = one('shoes');

  if (onePiece && (top || bottom)) {
    const extra = [top, bottom].filter((item): item is Item => item !== undefined);
    return {
      passed: false,
      message: `${describeItem(onePiece)} is a one-piece and already covers ${joinWords(extra.map(describeItem))}`,
      itemIds: [onePiece.id, ...extra.map((item) => item.id)],
    };
  }
  if (!onePiece && !(top && bottom)) {
    const present = [top, bottom].filter((item): item is Item => item !== undefined);
    const missing = top ? 'a bottom' : bottom ? 'a top' : 'a top and a bottom (or a dress)';
    return {
      passed: false,
      message: `the outfit lacks ${missing}${present.length > 0 ? ` to go with ${describeItem(present[0]!)}` : ''}`,
      itemIds: present.map((item) => item.id),
    };
  }
  if (!shoes) {
    return { passed: false, message: 'the outfit has no shoes', itemIds: [] };
  }

  const body = onePiece ? [onePiece] : [top!, bottom!];
  return {
    passed: true,
    message: `${joinWords(body.map(describeItem))} with ${describeItem(shoes)}, one item per slot`,
    itemIds: [...body, shoes].map((item) => item.id),
  };
}
