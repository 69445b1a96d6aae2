/**
 * Number words and digits, both ways: the parser reads "two", "2", "twenty five", "a single"; the
 * captions write small counts as words ("four buttons") because that is how product copy reads.
 */
export const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const OTHER_WORDS: Readonly<Record<string, number>> = { single: 1, couple: 2, dozen: 12, hundred: 100 };

/** The value of one token: a number word or digits ("3", "59.99", "$60", "1,200"); otherwise undefined. */
export function numberValue(token: string): number | undefined {
  const small = (SMALL_NUMBERS as readonly string[]).indexOf(token);
  if (small >= 0) return small;
  const word = TENS[token] ?? OTHER_WORDS[token];
  if (word !== undefined) return word;
  const digits = token.replace(/\$/g, '').trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(digits)) return undefined;
  // "1,200" is a thousands separator; "59,99" a decimal comma, as European prices are written.
  const normalised = /,\d{3}(?:\D|$)/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

export interface NumberReading {
  value: number;
  /** How many tokens the number spans ("twenty five" is two). */
  length: number;
}

/** Reads a number starting at `start`, joining "twenty five" and "one hundred" into one value. */
export function readNumber(tokens: readonly string[], start: number): NumberReading | undefined {
  const first = tokens[start];
  if (first === undefined) return undefined;
  const value = numberValue(first);
  if (value === undefined) return undefined;
  const next = tokens[start + 1];
  const nextValue = next === undefined ? undefined : numberValue(next);
  if (TENS[first] !== undefined && nextValue !== undefined && nextValue >= 1 && nextValue <= 9) {
    return { value: value + nextValue, length: 2 };
  }
  if (value >= 1 && value <= 9 && next === 'hundred') return { value: value * 100, length: 2 };
  return { value, length: 1 };
}

/** "four" for small counts, digits beyond twelve, as copy editors write them. */
export function numberWord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value <= 12
    ? (SMALL_NUMBERS[value] ?? String(value))
    : String(value);
}
