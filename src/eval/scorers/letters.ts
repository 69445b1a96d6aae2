import { AtelierError } from '../../core/index.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The option labels of a multiple-choice sample with `count` choices: A, B, C, … */
export function letters(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > ALPHABET.length) {
    throw new AtelierError('INVALID_ARGUMENT', `a multiple-choice sample cannot have ${count} options`, {
      hint: `Give between 1 and ${ALPHABET.length} choices; options are labelled A to Z.`,
    });
  }
  return [...ALPHABET.slice(0, count)];
}
