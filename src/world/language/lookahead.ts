import type { Match } from './match-phrases.ts';
import { MODIFIER_KINDS, type TermKind } from './terms.ts';

/**
 * The two places where what a word means depends on the words after it. Both look only as far as
 * the current noun phrase reaches.
 */

const TRANSPARENT: ReadonlySet<TermKind> = new Set([
  ...MODIFIER_KINDS,
  'texture',
  'part',
  'formality',
  'season',
  'archetype',
  'pattern-word',
]);

/** Terms that start a new noun phrase after a list item ("… in white and beige contrast stitching"). */
const OPENS_NOUN_PHRASE: ReadonlySet<TermKind> = new Set([
  'contrast',
  'size',
  'number',
  'negation',
  'hardware',
  'pockets',
  'stitching',
  'logo',
  'category',
  'slot',
  'item',
]);

/**
 * A pattern word followed by the item's noun, with only modifiers and adjectives between, is an
 * adjective: "navy pinstripe blazer", "red floral print dress". Otherwise it is a noun that takes the
 * colour before it: "with white pinstripes", "a red plaid".
 */
export function isPatternAdjective(matches: readonly Match[], index: number): boolean {
  for (const next of matches.slice(index + 1)) {
    const kinds = next.terms.map((term) => term.kind);
    if (kinds.some((kind) => kind === 'category' || kind === 'slot' || kind === 'item')) return true;
    if (!kinds.every((kind) => TRANSPARENT.has(kind))) return false;
  }
  return false;
}

/**
 * Whether a colour after "in" opens the next noun phrase instead of naming the noun before.
 * "a dress in navy and white stripes": two colours then a pattern are the ground and the stripe.
 * "a zip in white and beige contrast stitching": the last colour of a run belongs to what follows
 * when that is another noun or its modifier. One colour before a pattern ("a jacket in navy
 * pinstripe") still names the jacket.
 */
export function startsNextPhrase(matches: readonly Match[], index: number): boolean {
  const isColor = (at: number) => matches[at]?.terms[0]?.kind === 'color';
  let start = index;
  while (start > 0 && isColor(start - 1)) start--;
  let end = index;
  while (isColor(end)) end++;
  if (end - start < 2) return false;
  const next = matches[end]?.terms ?? [];
  if (next.some((term) => term.kind === 'pattern')) return true;
  return index === end - 1 && next.some((term) => OPENS_NOUN_PHRASE.has(term.kind));
}
