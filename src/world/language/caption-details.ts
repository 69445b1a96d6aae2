import type { Item, Logo } from '../item.ts';
import type { Random } from '../random.ts';
import type { LogoPosition, LogoSize } from '../vocabulary.ts';
import { colorWord, hardwareColorWord } from './caption-words.ts';
import { withArticle, words } from './english.ts';

/**
 * Caption phrases for the small details: the logo (shape, colour, size, position), contrast
 * stitching, and hardware that is not a closure (a belt's buckle, an ankle strap's buckle). These are
 * what the high-resolution detail questions ask about, so every field is always said.
 */
const SIZE_WORDS: Readonly<Record<LogoSize, readonly string[]>> = {
  small: ['small', 'tiny'],
  medium: ['medium', 'medium-sized', 'mid-size'],
  large: ['large', 'big'],
};

const POSITION_WORDS: Readonly<Record<LogoPosition, readonly string[]>> = {
  'top-left': ['on the top left', 'at the upper left', 'in the top-left corner'],
  'top-center': ['at the top centre', 'at the top center', 'top-centre'],
  'top-right': ['on the top right', 'at the upper right', 'in the top-right corner'],
  'middle-left': ['on the left', 'on the left side', 'at the middle left'],
  center: ['in the centre', 'at the center', 'centred'],
  'middle-right': ['on the right', 'on the right side', 'at the middle right'],
  'bottom-left': ['on the bottom left', 'at the lower left', 'in the bottom-left corner'],
  'bottom-center': ['at the bottom centre', 'at the bottom center', 'bottom-centre'],
  'bottom-right': ['on the bottom right', 'at the lower right', 'in the bottom-right corner'],
};

export function logoPhrase(logo: Logo, random: Random): string {
  const size = random.pick(SIZE_WORDS[logo.size]);
  const color = colorWord(logo.color, random);
  const noun = random.pick(['logo', 'emblem', 'badge']);
  const position = random.pick(POSITION_WORDS[logo.position]);
  return random.pick([
    words('a', size, color, logo.shape, noun, position),
    words('a', size, logo.shape, noun, 'in', color, position),
  ]);
}

export function stitchingPhrase(color: string, random: Random): string {
  const word = colorWord(color, random);
  return random.pick([`contrast ${word} stitching`, `${word} contrast stitching`, `stitching in ${word}`]);
}

/** Hardware the closure phrase did not already name: buckles on belts and ankle straps. */
function buckleHardware(item: Item): boolean {
  if (!item.details.hardware) return false;
  return item.parts.closure !== 'buttons' && item.parts.closure !== 'zip';
}

export function detailPhrases(item: Item, random: Random): string[] {
  const phrases: string[] = [];
  if (item.details.hardware && buckleHardware(item)) {
    phrases.push(withArticle(`${hardwareColorWord(item.details.hardware, random)} buckle`));
  }
  if (item.details.logo) phrases.push(logoPhrase(item.details.logo, random));
  if (item.details.stitching) phrases.push(stitchingPhrase(item.details.stitching, random));
  return phrases;
}
