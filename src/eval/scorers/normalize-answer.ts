/**
 * Normalised exact match for short answers: case, spacing, punctuation, articles, number words and
 * the two spellings of grey are not what a perception question measures, so they do not count.
 */
import { SMALL_NUMBERS } from '../../world/index.ts';

// The world's own number words (zero to nineteen) plus twenty: the counts a perception question asks.
const NUMBER_BY_WORD = new Map([...SMALL_NUMBERS, 'twenty'].map((word, value) => [word, String(value)]));

/** Spelling variants that name the same colour. */
const SPELLINGS = new Map([
  ['grey', 'gray'],
  ['greys', 'grays'],
  ['greyish', 'grayish'],
  ['colour', 'color'],
  ['colours', 'colors'],
]);

const ARTICLES = new Set(['a', 'an', 'the']);

export function normalizeAnswer(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // A decimal point is part of a number; every other punctuation mark separates words.
    .replace(/[^\p{L}\p{N}.]+|(?<!\d)\.|\.(?!\d)/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 0 && !ARTICLES.has(word));
  return words.map((word) => NUMBER_BY_WORD.get(word) ?? SPELLINGS.get(word) ?? word).join(' ');
}

/** True when the prediction reads the same as the answer or one of its accepted aliases. */
export function exactMatch(prediction: string, answer: string, aliases: readonly string[] = []): boolean {
  const said = normalizeAnswer(prediction);
  if (said.length === 0) return false;
  return [answer, ...aliases].some((accepted) => normalizeAnswer(accepted) === said);
}
