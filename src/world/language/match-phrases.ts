import { STOP_WORDS } from './function-words.ts';
import { LEXICON, LONGEST_PHRASE } from './lexicon.ts';
import { readNumber } from './number-words.ts';
import type { Term } from './terms.ts';

/** A run of tokens the lexicon (or the number reader) gave a meaning. */
export interface Match {
  /** Index of the first token, used to report phrases in prompt order. */
  index: number;
  phrase: string;
  terms: readonly Term[];
}

export interface PhraseScan {
  matches: Match[];
  /** Words with no meaning that are not stop words, with their token index. */
  unknown: { index: number; word: string }[];
}

/**
 * Greedy longest match: "three quarter sleeves" beats "three", "top left" beats "top", "t shirt"
 * beats "shirt". Tokens already taken (by the price reader) split phrases, so "under $60 dress" can
 * never glue a price onto a noun.
 */
export function matchPhrases(tokens: readonly string[], taken: ReadonlySet<number>): PhraseScan {
  const matches: Match[] = [];
  const unknown: PhraseScan['unknown'] = [];
  let index = 0;
  while (index < tokens.length) {
    if (taken.has(index)) {
      index++;
      continue;
    }
    const match = longestAt(tokens, taken, index);
    if (match) {
      matches.push(match);
      index += match.phrase.split(' ').length;
      continue;
    }
    const number = readNumber(tokens, index);
    if (number) {
      const phrase = tokens.slice(index, index + number.length).join(' ');
      matches.push({ index, phrase, terms: [{ kind: 'number', value: number.value }] });
      index += number.length;
      continue;
    }
    const word = tokens[index] ?? '';
    if (!STOP_WORDS.has(word)) unknown.push({ index, word });
    index++;
  }
  return { matches, unknown };
}

function longestAt(tokens: readonly string[], taken: ReadonlySet<number>, start: number): Match | undefined {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length >= 1; length--) {
    let free = true;
    for (let offset = 0; offset < length; offset++) if (taken.has(start + offset)) free = false;
    if (!free) continue;
    const phrase = tokens.slice(start, start + length).join(' ');
    const terms = LEXICON.get(phrase);
    if (terms) return { index: start, phrase, terms };
  }
  return undefined;
}
