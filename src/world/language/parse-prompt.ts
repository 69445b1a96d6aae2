import { AttributeBuilder } from './attribute-builder.ts';
import { interpretMatches } from './interpret-matches.ts';
import { matchPhrases } from './match-phrases.ts';
import { parsePrice } from './parse-price.ts';
import type { ParsedPrompt } from './prompt-attributes.ts';
import { tokenize } from './tokenize.ts';

/**
 * Maps a free-text prompt onto the world's vocabulary: "navy pinstripe blazer with two gold buttons"
 * → jacket, navy, pinstripe, buttons ×2, mustard hardware. It reads prices first, then phrases
 * (longest match), then decides what each colour, size and count modifies. It never throws: text it
 * cannot read ends up in `ignored`, which is how a caller tells a vague prompt from a precise one.
 */
export function parsePrompt(text: string): ParsedPrompt {
  const tokens = tokenize(text);
  const price = parsePrice(tokens);
  const scan = matchPhrases(tokens, price.taken);
  const builder = new AttributeBuilder();
  for (const phrase of price.phrases) builder.price(phrase, phrase.range, phrase.meaning);
  for (const { index, word } of scan.unknown) builder.ignore({ index, phrase: word });
  interpretMatches(scan.matches, builder);
  return builder.result();
}
