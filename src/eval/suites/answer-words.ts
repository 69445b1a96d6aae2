import { type ColorName, PALETTE } from '../../world/index.ts';
import { COLOR_PHRASES } from './world-internals.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Other spellings a short answer may take: "two" for 2, "navy blue" for navy, "top left" for top-left. */
export function numberAliases(count: number): string[] {
  const word = NUMBER_WORDS[count];
  const aliases = word ? [word] : [];
  if (count === 0) aliases.push('none', 'no');
  return aliases;
}

/** The colour phrases the world's parser maps onto `color` ("gray", "navy blue", "gold"). */
export function colorAliases(color: ColorName): string[] {
  return [...COLOR_PHRASES.entries()]
    .filter(([phrase, name]) => name === color && phrase !== color)
    .map(([phrase]) => phrase);
}

export function isColorName(value: string): value is ColorName {
  return Object.hasOwn(PALETTE, value);
}

const PLURAL_NOUNS = new Set(['trousers', 'jeans', 'shorts', 'sneakers', 'boots', 'heels', 'loafers']);

/** "this shirt" or "these jeans". */
export function demonstrative(noun: string): string {
  return PLURAL_NOUNS.has(noun) ? `these ${noun}` : `this ${noun}`;
}

/** "a shirt", "an ivory shirt", "a pair of jeans". */
export function indefinite(noun: string, adjective?: string): string {
  const phrase = adjective ? `${adjective} ${noun}` : noun;
  if (PLURAL_NOUNS.has(noun)) return `a pair of ${phrase}`;
  return /^[aeiou]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}
