import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { nounFor } from './caption-nouns.ts';
import { patternAdjective } from './caption-patterns.ts';
import { colorWord, textureWord } from './caption-words.ts';
import { titleCase, words } from './english.ts';

/**
 * One descriptor a title may carry besides colour and pattern, as product titles do ("Slim-Fit",
 * "V-Neck", "Midi"). Only phrases the parser reads back, so a title is also a valid prompt.
 */
function descriptors(item: Item, random: Random): string[] {
  const { parts } = item;
  const options: string[] = [];
  const texture = textureWord(item.texture, random);
  if (texture) options.push(texture);
  if (parts.fit === 'slim' || parts.fit === 'relaxed') options.push(`${parts.fit}-fit`);
  if (parts.fit === 'wide' && item.slot === 'bottom' && item.category !== 'skirt') options.push('wide-leg');
  if (parts.neckline && parts.neckline !== 'turtleneck')
    options.push(`${parts.neckline === 'v-neck' ? 'v' : parts.neckline}-neck`);
  if (parts.sleeve === 'long' || parts.sleeve === 'short') options.push(`${parts.sleeve}-sleeve`);
  if (parts.length && ['mini', 'midi', 'maxi', 'cropped'].includes(parts.length)) options.push(parts.length);
  if (parts.brim === 'wide') options.push('wide-brim');
  return options;
}

/** A short product title: "Navy Pinstripe Slim-Fit Blazer", "Ivory & Red Striped Linen Shirt". */
export function itemTitle(item: Item, random: Random): string {
  const noun = nounFor(item, random);
  const color = colorWord(item.color, random);
  const pattern = item.pattern;
  const adjective = pattern.kind === 'solid' ? '' : patternAdjective(pattern.kind, random);
  // Naming both colours reads naturally for two-colour patterns; the parser takes the second as the pattern's.
  const colors =
    pattern.kind !== 'solid' && random.chance(0.3) ? `${color} & ${colorWord(pattern.color, random)}` : color;
  const options = descriptors(item, random);
  const chosen = random
    .sample(options, random.int(0, Math.min(2, options.length)))
    // "Mini Miniskirt", "Midi Midi Skirt": a noun that already names the length needs no second word.
    .filter((word) => !noun.text.toLowerCase().includes(word));
  return titleCase(words(colors, adjective, ...chosen, noun.text));
}
