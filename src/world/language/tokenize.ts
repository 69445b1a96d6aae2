/**
 * Splits a prompt into lower-case word tokens. Hyphens become spaces so that "v-neck", "v neck",
 * "t-shirt" and "t shirt" meet the lexicon as the same words; the lexicon's own phrases go through the
 * same function, so the two sides can never disagree on spelling. Punctuation that ends a noun phrase
 * (",", ";", ".", a spaced dash) survives as a token because it decides what a colour word modifies.
 */
const TOKEN_PATTERN =
  /\$\s?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s?\$|\d+\/\d+|\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?|[,.;:!?()]/g;

export const PUNCTUATION_TOKENS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '(', ')']);

export function tokenize(text: string): string[] {
  const normalised = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/&/g, ' and ')
    // A dash with spaces around it separates clauses; one inside a word only joins it ("off-white").
    .replace(/\s[\u2013\u2014-]+\s/g, ' , ')
    .replace(/[\u2010-\u2015_-]/g, ' ')
    // Keep "3/4" whole; any other slash separates words ("spring/summer").
    .replace(/(?<!\d)\/|\/(?!\d)/g, ' ');
  return normalised.match(TOKEN_PATTERN) ?? [];
}

/** The canonical spelling of a lexicon phrase: the tokens of `phrase` joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).join(' ');
}
