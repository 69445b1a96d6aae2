import type { Pattern } from '../item.ts';
import type { Random } from '../random.ts';
import type { PatternKind, PatternScale } from '../vocabulary.ts';
import { colorWord } from './caption-words.ts';
import { withArticle, words } from './english.ts';

/**
 * How captions and titles say a pattern. The adjective ("pinstripe", "polka-dot") goes before the
 * noun and names no colour; the noun phrase ("thin vertical red stripes") names the colour, scale and
 * direction, and is what captions use, because "a navy blazer with white pinstripes" is the order in
 * which the parser (and a reader) can tell the ground from the stripe.
 */
export const PATTERN_ADJECTIVES: Readonly<Record<PatternKind, readonly string[]>> = {
  solid: ['solid', 'plain'],
  stripes: ['striped', 'stripe'],
  pinstripe: ['pinstripe', 'pinstriped'],
  dots: ['polka-dot', 'dotted'],
  checks: ['checked', 'check'],
  plaid: ['plaid', 'tartan'],
  floral: ['floral', 'flower-print'],
  colorblock: ['colour-block', 'color-blocked'],
  leopard: ['leopard-print', 'leopard'],
};

/** The word before "pattern" in "with a small red check pattern". */
const PATTERN_NOUN_ADJUNCTS: Readonly<Record<Exclude<PatternKind, 'solid'>, readonly string[]>> = {
  stripes: ['stripe'],
  pinstripe: ['pinstripe'],
  dots: ['polka-dot', 'dot'],
  checks: ['check'],
  plaid: ['plaid', 'tartan'],
  floral: ['floral'],
  colorblock: ['colour-block'],
  leopard: ['leopard'],
};

const SCALE_WORDS: Readonly<Record<PatternScale, { stripes: readonly string[]; other: readonly string[] }>> =
  {
    small: { stripes: ['thin', 'narrow', 'fine'], other: ['small', 'tiny'] },
    large: { stripes: ['wide', 'broad', 'bold'], other: ['large', 'big'] },
  };

export function patternAdjective(kind: PatternKind, random: Random): string {
  return random.pick(PATTERN_ADJECTIVES[kind]);
}

/** Scale and direction words, in the order they are said before the pattern noun. */
function qualifiers(pattern: Pattern, random: Random): string {
  if (pattern.kind === 'stripes') {
    return words(random.pick(SCALE_WORDS[pattern.scale].stripes), pattern.direction);
  }
  if (pattern.kind === 'dots' || pattern.kind === 'checks')
    return random.pick(SCALE_WORDS[pattern.scale].other);
  return '';
}

/** "thin vertical white stripes", "a red plaid pattern"; undefined for solid. */
export function patternNounPhrase(pattern: Pattern, random: Random): string | undefined {
  if (pattern.kind === 'solid') return undefined;
  const color = colorWord(pattern.color, random);
  const scaled = qualifiers(pattern, random);
  switch (pattern.kind) {
    case 'stripes':
      return words(scaled, color, 'stripes');
    case 'pinstripe':
      return words(color, random.pick(['pinstripes', 'pinstriping']));
    case 'dots':
      return words(scaled, color, random.pick(['polka dots', 'dots', 'spots']));
    case 'checks':
      return words(scaled, color, 'checks');
    case 'plaid':
      return random.pick([withArticle(`${color} plaid`), `${color} tartan`]);
    case 'floral':
      return random.pick([`${color} flowers`, withArticle(`${color} floral print`), `${color} florals`]);
    case 'colorblock':
      return random.pick([`${color} colour-block panels`, `${color} colour blocking`]);
    case 'leopard':
      return random.pick([withArticle(`${color} leopard print`), `${color} leopard spots`]);
  }
}

/** "a thin vertical stripe pattern in white": the colour after the noun, for the other word order. */
export function patternInColor(pattern: Pattern, random: Random): string | undefined {
  if (pattern.kind === 'solid') return undefined;
  const adjunct = random.pick(PATTERN_NOUN_ADJUNCTS[pattern.kind]);
  return `a ${words(qualifiers(pattern, random), adjunct)} pattern in ${colorWord(pattern.color, random)}`;
}
