import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { nounFor } from './caption-nouns.ts';
import { patternAdjective } from './caption-patterns.ts';
import { composeCaption } from './caption-templates.ts';
import { colorWord, textureWord } from './caption-words.ts';
import { capitalise, joinList, withArticle, words } from './english.ts';

/**
 * A one- or two-sentence description of an item: category, colour, pattern (with its colour, scale
 * and direction), texture, every part with its counts, the logo, stitching and hardware colours, and
 * sometimes formality and season. Same random stream, same text; parsePrompt reads it back.
 */
export function itemCaption(item: Item, random: Random): string {
  return composeCaption(item, random).text;
}

/** "a navy pinstripe tweed blazer": colour, pattern adjective, texture, noun. */
function shortDescription(item: Item, random: Random): string {
  const noun = nounFor(item, random);
  const pattern = item.pattern.kind === 'solid' ? '' : patternAdjective(item.pattern.kind, random);
  const texture = random.chance(0.5) ? textureWord(item.texture, random) : '';
  return withArticle(words(colorWord(item.color, random), pattern, texture, noun.text), noun.plural);
}

const OUTFIT_OPENINGS = [
  'A flat lay of',
  'Flat lay:',
  'An outfit laid flat:',
  'Laid out flat:',
  'A flat-lay outfit of',
];

/** A flat-lay outfit: "A flat lay of a navy pinstripe blazer, a white shirt and tan suede loafers." */
export function outfitCaption(items: readonly Item[], random: Random): string {
  if (items.length === 0) return 'An empty flat lay.';
  const opening = random.pick(OUTFIT_OPENINGS);
  return capitalise(`${opening} ${joinList(items.map((item) => shortDescription(item, random)))}.`);
}
