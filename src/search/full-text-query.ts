/**
 * Turns free text into an FTS5 MATCH expression. Every word is quoted (so FTS5 operators and
 * punctuation typed by a user can never break the query), then AND-ed (every word) or OR-ed (any
 * word). A caption that says "stripes" still matches a query that says "striped": the porter
 * tokenizer stems both.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'with',
  'for',
  'of',
  'in',
  'on',
  'to',
  'me',
  'show',
  'find',
  'some',
  'that',
  'this',
  'is',
  'are',
  'i',
  'want',
  'like',
  'my',
  'or',
  'please',
  'something',
  'goes',
]);

export function queryWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => !STOP_WORDS.has(word)))];
}

/** Null when nothing searchable is left (only stop words or punctuation). */
export function toFtsQuery(text: string, join: 'AND' | 'OR' = 'OR'): string | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"`).join(` ${join} `);
}
