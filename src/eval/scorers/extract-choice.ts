import { answerText, firstJsonObject } from './answer-text.ts';
import { letters } from './letters.ts';
import { normalizeAnswer } from './normalize-answer.ts';

/**
 * Multiple-choice extraction without a random fallback: a letter the text clearly gives, or the
 * reason none could be read, which the report counts as its own outcome. The rules favour refusing
 * over guessing: the article "A" and the pronoun "I" read as letters only in an answer form.
 */
export type ChoiceExtraction =
  | { letter: string; via: 'json' | 'statement' | 'letter' | 'option-text' }
  | { unparseable: string };

type Reading = { letter: string } | { problem: string } | undefined;

/** Letters that are also English words at the start of a sentence. */
const WORD_LETTERS = new Set(['A', 'I', 'a', 'i']);
const OPENING = `["'“‘(\\[]`;
const CLOSING = `["'”’)\\]]`;
const LETTER_FORM = new RegExp(
  `^\\s*((?:option|choice)\\s+)?(${OPENING}?)([A-Za-z])(${CLOSING}?)(?![A-Za-z0-9])`,
  'i',
);
const FILLER = /^\s*(?:either|actually|clearly|definitely|probably|likely|most likely|indeed)\s+/i;
const ALSO_NAMED = new RegExp(
  `^\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*(?:(?:option|choice)\\s+)?${OPENING}?([A-Za-z])${CLOSING}?(?=\\s*$|\\s*[.,;:!?)\\]\\n]|\\s+(?:or|and)\\b)`,
  'i',
);
const PREDICATE =
  /^\s+(?:is|isn't|was|are|seems|looks|has|does|doesn't|can|could|would|should|might|may|and|or)\b/i;
const SENTENCE_END = /[.!?](?=\s|$)|\n/;

interface Options {
  labels: readonly string[];
  /** Normalised option texts, in label order. */
  texts: readonly string[];
}

function sentenceOf(text: string): string {
  const end = SENTENCE_END.exec(text);
  return (end ? text.slice(0, end.index) : text).trim();
}

/** The letter of the one option whose normalised text is exactly `text`. */
function optionByText(text: string, options: Options): Reading {
  const said = normalizeAnswer(text.replace(/^\s*(?:option|choice)\s*[:-]?\s*/i, ''));
  if (said.length === 0) return undefined;
  const found = options.texts.flatMap((optionText, index) => (optionText === said ? [index] : []));
  if (found.length > 1) return { problem: `"${text.trim()}" is the text of several options` };
  return found.length === 1 ? { letter: options.labels[found[0]!]! } : undefined;
}

/**
 * Reads a letter at the start of `text` ("B", "(B)", "B.", "option b", "B) navy"). In 'line' mode the
 * text is a whole line of the answer, so only label punctuation may follow the letter; in 'statement'
 * mode it follows "the answer is", and a comma or the end of a sentence may too.
 */
function readLetter(text: string, options: Options, mode: 'line' | 'statement'): Reading {
  const body = mode === 'statement' ? text.replace(FILLER, '') : text;
  const match = LETTER_FORM.exec(body);
  if (!match) return undefined;
  const [whole, optionWord, open, , close] = match;
  const raw = match[3]!;
  const after = body.slice(whole.length);
  const bracketed = Boolean(open) || Boolean(close);
  const upper = raw.toUpperCase();
  const second = ALSO_NAMED.exec(after);
  if (second && second[1]!.toUpperCase() !== upper && options.labels.includes(second[1]!.toUpperCase())) {
    return { problem: `names several options (${upper} and ${second[1]!.toUpperCase()})` };
  }
  const terminators = mode === 'line' ? /^\s*(?:$|[.:)\-–—])|^,/ : /^\s*(?:$|[.,;:!?)\]}\n"'”—–-])/;
  const endsHere = terminators.test(after) && !(mode === 'line' && after.startsWith(',') && upper === 'I');
  const rest = after.replace(/^\s*[.:)\-–—]?\s*/, '');
  const restReading = rest.length > 0 ? optionByText(sentenceOf(rest), options) : undefined;
  const restOption = restReading && 'letter' in restReading ? restReading.letter : undefined;
  const ownText = restOption === upper;
  // "B because …" answers; "B is wrong" at the start of a line talks about B without choosing it.
  const capitalBeforeWords =
    raw === upper &&
    !WORD_LETTERS.has(raw) &&
    /^\s+\S/.test(after) &&
    (mode === 'statement' || !PREDICATE.test(after));
  const clearLetter =
    bracketed || endsHere || ownText || capitalBeforeWords || (Boolean(optionWord) && mode === 'statement');
  if (!clearLetter) return undefined;
  if (!options.labels.includes(upper)) {
    // On a line of its own a stray capital is more likely a word than a claim; after "the answer is"
    // it is a claim of an option that was never offered.
    return mode === 'line' ? undefined : { problem: `answered ${upper}, which is not an offered option` };
  }
  if (restOption !== undefined && !ownText) {
    return { problem: `says ${upper} but gives the text of option ${restOption}` };
  }
  return { letter: upper };
}

interface Statement {
  pattern: RegExp;
  /** Statements like "my choice is" name a letter; "the answer is navy" may also give option text. */
  letterOnly: boolean;
}

const STATEMENTS: Statement[] = [
  {
    pattern:
      /\b(?:(?:final|correct|right|best|most\s+likely)\s+(?:answer|option|choice|one)|answer)(?:\s+(?:to|for)\s+(?:this|the)\s+question)?(?:\s*(?:(?:is|would\s+be|will\s+be|should\s+be|must\s+be)\b|[=:\-–—]))+\s*/gi,
    letterOnly: false,
  },
  { pattern: /\b[Aa]nswer\s+(?=[("'[]?[A-Z](?![A-Za-z0-9]))/g, letterOnly: true },
  { pattern: /\b(?:option|choice)\s*(?:is\b|=|:)\s*/gi, letterOnly: true },
  {
    pattern:
      /\b(?:I(?:'d|’d|'ll|’ll|\s+would|\s+will)?\s+(?:choose|pick|select|go\s+with)|I'm\s+going\s+with)\s+/gi,
    letterOnly: true,
  },
  {
    pattern:
      /\b(?:[Ii]t's|[Ii]t’s|[Ii]t\s+is|[Tt]hat's|[Tt]hat’s|[Tt]hat\s+is)\s+(?=(?:option\s+)?[("'[]?[A-Z]\b)/g,
    letterOnly: true,
  },
  { pattern: /\\boxed\{\s*/g, letterOnly: true },
];

/** "B is correct", "(C) is the right answer", "option D is the best". */
const LETTER_FIRST =
  /(?:\b(?:option|choice)\s+)?[("'[]?\b([A-Z])\b[)"'\]]?\s+is\s+(?:the\s+)?(?:correct|right|best|answer)\b/g;

/** Every explicit answer statement with where it starts; reasoning models restate, and the last wins. */
function statements(text: string, options: Options): { at: number; reading: NonNullable<Reading> }[] {
  const found: { at: number; reading: NonNullable<Reading> }[] = [];
  for (const { pattern, letterOnly } of STATEMENTS) {
    for (const match of text.matchAll(pattern)) {
      const tail = text.slice(match.index + match[0].length);
      const reading =
        readLetter(tail, options, 'statement') ??
        (letterOnly ? undefined : optionByText(sentenceOf(tail), options));
      if (reading) found.push({ at: match.index, reading });
    }
  }
  for (const match of text.matchAll(LETTER_FIRST)) {
    const letter = match[1]!;
    found.push({
      at: match.index,
      reading: options.labels.includes(letter)
        ? { letter }
        : { problem: `answered ${letter}, which is not an offered option` },
    });
  }
  return found.sort((first, second) => first.at - second.at);
}

const ONLY_LETTERS =
  /^[("'[]?[A-Za-z][)"'\]]?(?:\s*(?:,|\/|&|\bor\b|\band\b)\s*[("'[]?[A-Za-z][)"'\]]?)+\s*[.!]?$/i;

function lineReading(text: string, options: Options): Reading {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0] === undefined ? undefined : readLetter(lines[0], options, 'line');
  const last = lines.length > 1 ? readLetter(lines[lines.length - 1]!, options, 'line') : undefined;
  if (first && last && 'letter' in first && 'letter' in last && first.letter !== last.letter) {
    return { problem: `gives two different letters (${first.letter} and ${last.letter})` };
  }
  return first ?? last;
}

function readAnswer(text: string, options: Options): ChoiceExtraction {
  const done = (
    reading: NonNullable<Reading>,
    via: 'statement' | 'letter' | 'option-text',
  ): ChoiceExtraction =>
    'letter' in reading ? { letter: reading.letter, via } : { unparseable: reading.problem };
  if (ONLY_LETTERS.test(text)) return { unparseable: 'names several options' };
  const stated = statements(text, options).at(-1);
  if (stated) return done(stated.reading, 'statement');
  const line = lineReading(text, options);
  if (line) return done(line, 'letter');
  const lines = text.split('\n').filter((part) => part.trim().length > 0);
  const byText =
    optionByText(text, options) ?? (lines.length > 1 ? optionByText(lines.at(-1)!, options) : undefined);
  if (byText) return done(byText, 'option-text');
  return { unparseable: 'no option letter or option text found' };
}

const JSON_KEYS = ['answer', 'final_answer', 'choice', 'option', 'letter'];

export function extractChoice(raw: string, choices: readonly string[]): ChoiceExtraction {
  const options: Options = { labels: letters(choices.length), texts: choices.map(normalizeAnswer) };
  const text = answerText(raw);
  if (text.length === 0) return { unparseable: 'empty answer' };
  const json = firstJsonObject(text);
  const key = json && JSON_KEYS.find((name) => typeof json[name] === 'string');
  if (json && key) {
    const value = (json[key] as string).trim();
    const result = readAnswer(value, options);
    return 'letter' in result ? { letter: result.letter, via: 'json' } : result;
  }
  return readAnswer(text, options);
}
