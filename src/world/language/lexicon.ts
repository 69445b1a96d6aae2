import { CATEGORY_WORDS, DERIVED_CATEGORY_WORDS } from './category-words.ts';
import { COLOR_PHRASES } from './color-aliases.ts';
import { DETAIL_WORDS } from './detail-words.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import type { LexiconEntry } from './lexicon-entry.ts';
import { PART_WORDS } from './part-words.ts';
import { PATTERN_WORDS } from './pattern-words.ts';
import { STYLE_WORDS } from './style-words.ts';
import type { Term } from './terms.ts';
import { phraseKey } from './tokenize.ts';

/**
 * The parser's phrase table: canonical phrase → meanings. Explicit entries that share a phrase
 * merge their meanings ("knit" is a texture and, weakly, knitwear). Derived category words only fill
 * gaps, and a derived multi-word synonym whose words all mean something alone is left out, so that
 * "midi skirt" reads as a midi length and a skirt instead of swallowing the length.
 */
function build(): Map<string, Term[]> {
  const table = new Map<string, Term[]>();
  const add = ([phrase, terms]: LexiconEntry) => {
    const key = phraseKey(phrase);
    table.set(key, [...(table.get(key) ?? []), ...terms]);
  };
  for (const [phrase, color] of COLOR_PHRASES) {
    // Bare "denim" is the fabric ("a denim jacket"); the colour must be said as "denim blue".
    if (phrase !== 'denim') add([phrase, [{ kind: 'color', color }]]);
  }
  for (const entry of [...FUNCTION_WORDS, ...CATEGORY_WORDS, ...PATTERN_WORDS, ...PART_WORDS]) add(entry);
  for (const entry of [...DETAIL_WORDS, ...STYLE_WORDS]) add(entry);
  for (const [phrase, terms] of DERIVED_CATEGORY_WORDS) {
    const key = phraseKey(phrase);
    const words = key.split(' ');
    const composite = words.length > 1 && words.every((word) => table.has(word));
    if (!table.has(key) && !composite) table.set(key, [...terms]);
  }
  return table;
}

export const LEXICON: ReadonlyMap<string, readonly Term[]> = build();

export const LONGEST_PHRASE = Math.max(...[...LEXICON.keys()].map((key) => key.split(' ').length));
