import { readNumber } from './number-words.ts';
import type { PriceRange } from './prompt-attributes.ts';

/**
 * Price constraints: "under $60", "less than 80 dollars", "between $20 and $50", "over 100",
 * "$30 or less", "$20-$50". Read before anything else so that the numbers in a price are never taken
 * for a button count. A bare amount ("a $60 dress") is read as a budget, i.e. a maximum.
 */
export interface PriceReading {
  /** Token indexes the price used; the phrase matcher skips them. */
  taken: Set<number>;
  phrases: { index: number; phrase: string; meaning: string; range: PriceRange }[];
}

const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'bucks', 'usd']);
const COUNT_NOUNS = new Set(['button', 'buttons', 'pocket', 'pockets', 'zips', 'stripes', 'dots']);

const MAX_CUES = [
  'under',
  'below',
  'less than',
  'cheaper than',
  'up to',
  'at most',
  'no more than',
  'not more than',
  'max',
  'maximum',
  'within',
  'lower than',
  'budget of',
  'not over',
].map((cue) => cue.split(' '));
const MIN_CUES = [
  'over',
  'above',
  'more than',
  'at least',
  'min',
  'minimum',
  'starting at',
  'higher than',
  'from',
].map((cue) => cue.split(' '));

interface Amount {
  value: number;
  length: number;
  /** Said with "$" or "dollars": a price even without a cue word. */
  currency: boolean;
}

function amountAt(tokens: readonly string[], start: number): Amount | undefined {
  const token = tokens[start];
  if (token === undefined) return undefined;
  const number = readNumber(tokens, start);
  if (!number) return undefined;
  const after = tokens[start + number.length];
  if (after !== undefined && CURRENCY_WORDS.has(after))
    return { ...number, length: number.length + 1, currency: true };
  if (after !== undefined && COUNT_NOUNS.has(after)) return undefined;
  return { ...number, currency: token.includes('$') };
}

function cueAt(tokens: readonly string[], start: number, cues: readonly string[][]): number {
  for (const cue of cues) if (cue.every((word, offset) => tokens[start + offset] === word)) return cue.length;
  return 0;
}

export function parsePrice(tokens: readonly string[]): PriceReading {
  const reading: PriceReading = { taken: new Set(), phrases: [] };
  const take = (start: number, length: number, range: PriceRange) => {
    for (let offset = 0; offset < length; offset++) reading.taken.add(start + offset);
    const phrase = tokens.slice(start, start + length).join(' ');
    const meaning = [
      range.min !== undefined ? `at least ${range.min}` : '',
      range.max !== undefined ? `at most ${range.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    reading.phrases.push({ index: start, phrase, meaning: `price: ${meaning}`, range });
  };
  let index = 0;
  while (index < tokens.length) {
    const length =
      readRange(tokens, index, take) || readCued(tokens, index, take) || readBare(tokens, index, take);
    index += Math.max(1, length);
  }
  return reading;
}

type Take = (start: number, length: number, range: PriceRange) => void;

/** "between 20 and 50", "from $20 to $50", "$20 to $50", "$20 - $50" (the dash is gone by now). */
function readRange(tokens: readonly string[], start: number, take: Take): number {
  const opener = tokens[start] === 'between' || tokens[start] === 'from' ? 1 : 0;
  const low = amountAt(tokens, start + opener);
  if (!low) return 0;
  let cursor = start + opener + low.length;
  const joiner = tokens[cursor];
  if (joiner === 'and' || joiner === 'to') cursor++;
  else if (joiner === undefined || !joiner.includes('$')) return 0;
  const high = amountAt(tokens, cursor);
  if (!high || !(opener || low.currency || high.currency) || high.value < low.value) return 0;
  cursor += high.length;
  take(start, cursor - start, { min: low.value, max: high.value });
  return cursor - start;
}

function readCued(tokens: readonly string[], start: number, take: Take): number {
  for (const [cues, bound] of [
    [MAX_CUES, 'max'],
    [MIN_CUES, 'min'],
  ] as const) {
    const cue = cueAt(tokens, start, cues);
    if (cue === 0) continue;
    const amount = amountAt(tokens, start + cue);
    // "from" is too common a word to make a bare number a price; it needs a currency.
    if (!amount || (tokens[start] === 'from' && !amount.currency)) continue;
    take(start, cue + amount.length, { [bound]: amount.value });
    return cue + amount.length;
  }
  return 0;
}

/** "$60", "$30 or less", "$100 or more", "$50 max", "$40 and up". */
function readBare(tokens: readonly string[], start: number, take: Take): number {
  const amount = amountAt(tokens, start);
  if (!amount?.currency) return 0;
  const end = start + amount.length;
  const next = tokens.slice(end, end + 2).join(' ');
  if (/^or (less|under|below)$/.test(next))
    return takeLength(take, start, amount.length + 2, { max: amount.value });
  if (/^(or more|or above|or over|and up|and above)$/.test(next)) {
    return takeLength(take, start, amount.length + 2, { min: amount.value });
  }
  if (tokens[end] === 'max') return takeLength(take, start, amount.length + 1, { max: amount.value });
  if (tokens[end] === 'plus') return takeLength(take, start, amount.length + 1, { min: amount.value });
  return takeLength(take, start, amount.length, { max: amount.value });
}

function takeLength(take: Take, start: number, length: number, range: PriceRange): number {
  take(start, length, range);
  return length;
}
