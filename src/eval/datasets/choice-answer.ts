import type { ScorerName } from '../sample.ts';

/** An option as the source labels it; the source's letters may have gaps (an empty column C). */
export interface LabelledOption {
  letter: string;
  text: string;
}

export type ResolvedAnswer =
  | { ok: true; choices?: string[]; answer: string; scorer: ScorerName }
  | { ok: false; problem: string; expected: string };

const LETTER = /^\(?([A-Za-z])\)?\.?$/;
const YES_NO = /^(yes|no)$/i;

export function letterAt(position: number): string {
  return String.fromCharCode(65 + position);
}

/**
 * Turns a source's answer into the harness convention: a letter of the shown choices for multiple
 * choice, 'yes'/'no' for yes-no, the text otherwise. Options are relabelled A, B, C… in source
 * order, so a source that skips a letter (A, B, D) is shown without a gap and its answer follows.
 * An answer that is an option's text becomes that option's letter; a letter wins over a text match
 * because that is how VLMEvalKit and most benchmark files mean a one-letter answer.
 */
export function resolveAnswer(rawAnswer: string, options: readonly LabelledOption[]): ResolvedAnswer {
  const answer = rawAnswer.trim();
  if (answer === '') {
    return {
      ok: false,
      problem: "'answer' is empty",
      expected: 'a letter, the text of an option, or a short answer',
    };
  }
  if (options.length === 0) {
    if (YES_NO.test(answer)) return { ok: true, answer: answer.toLowerCase(), scorer: 'yes-no' };
    return { ok: true, answer, scorer: 'exact' };
  }
  const sourceLetters = options.map((option) => option.letter).join(', ');
  if (options.length === 1) {
    return {
      ok: false,
      problem: `only one option (${sourceLetters}) is given`,
      expected: 'at least two options, or none for a short-answer question',
    };
  }
  if (options.length > 26) {
    return {
      ok: false,
      problem: `${options.length} options are given`,
      expected: 'at most 26 options (A–Z)',
    };
  }
  const choices = options.map((option) => option.text);
  const letterMatch = LETTER.exec(answer);
  if (letterMatch) {
    const letter = letterMatch[1]!.toUpperCase();
    const position = options.findIndex((option) => option.letter === letter);
    if (position >= 0) return { ok: true, choices, answer: letterAt(position), scorer: 'choice' };
  }
  const wanted = answer.toLowerCase();
  const matches = options.flatMap((option, position) =>
    option.text.trim().toLowerCase() === wanted ? [position] : [],
  );
  if (matches.length === 1) return { ok: true, choices, answer: letterAt(matches[0]!), scorer: 'choice' };
  if (matches.length > 1) {
    return {
      ok: false,
      problem: `answer "${answer}" matches ${matches.length} options`,
      expected: 'options with distinct texts, or the answer as a letter',
    };
  }
  return {
    ok: false,
    problem: letterMatch
      ? `answer "${answer}" names an option that is absent (options: ${sourceLetters})`
      : `answer "${answer}" is neither an option letter nor the text of an option`,
    expected: `one of the letters ${sourceLetters} or the exact text of an option`,
  };
}

/** Chance of a blind guess: 1/n for n choices, 1/2 for yes-no, 0 for a free-text answer. */
export function chanceOf(scorer: ScorerName, choiceCount: number): number {
  if (scorer === 'choice') return 1 / choiceCount;
  if (scorer === 'yes-no') return 0.5;
  return 0;
}
