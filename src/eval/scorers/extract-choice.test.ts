import { describe, expect, it } from 'vitest';
import { extractChoice } from './extract-choice.ts';

const CHOICES = ['red', 'black', 'navy', 'white'];
const SKIRTS = ['black skirt', 'white skirt', 'navy skirt', 'red skirt'];

const letterOf = (text: string, choices = CHOICES) => {
  const result = extractChoice(text, choices);
  return 'letter' in result ? result.letter : null;
};

describe('extractChoice reads a clearly given letter', () => {
  it.each([
    ['B', 'B'],
    ['b', 'B'],
    ['(B)', 'B'],
    ['[C]', 'C'],
    ['B.', 'B'],
    ['B)', 'B'],
    ['B) black', 'B'],
    ['B. black', 'B'],
    ['C: navy', 'C'],
    ['(b) the black one', 'B'],
    ['**B**', 'B'],
    ['option b', 'B'],
    ['Option D: white', 'D'],
    ['Answer: B', 'B'],
    ['answer: c', 'C'],
    ['Answer B', 'B'],
    ['The answer is B) black', 'B'],
    ['The answer is: D', 'D'],
    ['The answer is "C".', 'C'],
    ['The answer is A.', 'A'],
    ['The correct answer is (C).', 'C'],
    ['Final answer: **D**', 'D'],
    ['### Answer\nC', 'C'],
    ['The correct option is B, because the skirt is black.', 'B'],
    ['C is correct.', 'C'],
    ['Options A and C are wrong; option D is the correct answer.', 'D'],
    ['I choose (C).', 'C'],
    ["I'd go with B.", 'B'],
    ['It is D.', 'D'],
    ['\\boxed{A}', 'A'],
    ['A', 'A'],
    ['a', 'A'],
    ['B\n\nThe skirt in the picture is clearly black.', 'B'],
    ['The skirt has a dark hue.\n\n(C)', 'C'],
    ['The answer is B, not C.', 'B'],
    ['The answer to this question is D', 'D'],
    ['C - navy', 'C'],
    ['B because the skirt is black', 'B'],
    ['The correct answer is option B', 'B'],
    ['My choice: D', 'D'],
    ['Best option: C (navy).', 'C'],
  ])('%j → %s', (text, letter) => {
    expect(letterOf(text)).toBe(letter);
  });

  it('reads JSON answers, fenced or not', () => {
    expect(extractChoice('{"answer": "B"}', CHOICES)).toEqual({ letter: 'B', via: 'json' });
    expect(letterOf('```json\n{"answer": "(d)", "reason": "white hem"}\n```')).toBe('D');
    expect(letterOf('{"choice": "navy"}')).toBe('C');
    expect(extractChoice('{"answer": "maybe"}', CHOICES)).toHaveProperty('unparseable');
  });

  it('takes the last explicit answer of a reasoning model', () => {
    const reasoning =
      'Option A shows red, which is too warm. At first the answer seems to be B, but zooming in on the ' +
      'hem the colour is darker. So the answer is C.';
    expect(extractChoice(reasoning, CHOICES)).toEqual({ letter: 'C', via: 'statement' });
    expect(letterOf('At first glance the answer is A, but zooming in, the answer is actually D.')).toBe('D');
    expect(letterOf('<think>The answer is A. Hmm, no.</think>\nThe answer is C.')).toBe('C');
    expect(letterOf('Answer: B\n\nLooking again at the hem... Final answer: D')).toBe('D');
  });

  it('reads the text of exactly one option', () => {
    expect(extractChoice('navy', CHOICES)).toEqual({ letter: 'C', via: 'option-text' });
    expect(letterOf('Navy.')).toBe('C');
    expect(letterOf('The answer is navy.')).toBe('C');
    expect(letterOf('The answer is a navy skirt', SKIRTS)).toBe('C');
    expect(letterOf('A navy skirt.', SKIRTS)).toBe('C');
    expect(letterOf('Looking at the hem closely.\nnavy')).toBe('C');
    // Part of an option's text is not its text.
    expect(letterOf('dark navy blue')).toBeNull();
  });

  it('reads "A" as a letter only in an answer form', () => {
    expect(letterOf('A navy skirt is shown in the picture.', SKIRTS)).toBeNull();
    expect(letterOf('A navy skirt is shown in the picture.')).toBeNull();
    expect(letterOf('I cannot tell the colour from this image.')).toBeNull();
    expect(letterOf('I think the skirt is dark.')).toBeNull();
    expect(letterOf('Answer: A navy skirt', SKIRTS)).toBe('C');
    expect(letterOf('A black skirt', SKIRTS)).toBe('A');
    expect(letterOf('A. The skirt is red.')).toBe('A');
    expect(letterOf('Option B is wrong because it is black.')).toBeNull();
    expect(letterOf('B is not right, the hem is darker.')).toBeNull();
    expect(letterOf('The second option is navy, the first is red.')).toBeNull();
    expect(letterOf("The answer isn't B.")).toBeNull();
  });
});

describe('extractChoice refuses what it cannot read unambiguously', () => {
  it.each([
    ['', 'empty answer'],
    ['   ', 'empty answer'],
    ['A or B', 'names several options'],
    ['a/b', 'names several options'],
    ['A, C', 'names several options'],
    ['Answer: A or B', 'names several options (A and B)'],
    ['The answer is B and C.', 'names several options (B and C)'],
    ['A\nB', 'gives two different letters (A and B)'],
    ['Answer: E', 'answered E, which is not an offered option'],
    ['B. navy', 'says B but gives the text of option C'],
    ['The skirt looks dark to me.', 'no option letter or option text found'],
    ['Either A or B.', 'no option letter or option text found'],
  ])('%j → unparseable (%s)', (text, reason) => {
    expect(extractChoice(text, CHOICES)).toEqual({ unparseable: reason });
  });

  it('refuses an option text that several options share', () => {
    expect(extractChoice('navy', ['navy', 'Navy.', 'red'])).toEqual({
      unparseable: '"navy" is the text of several options',
    });
  });

  it('never falls back to a letter at random', () => {
    const texts = ['hmm', 'not sure', 'It depends on the lighting', 'both', 'none of them'];
    for (const text of texts) expect(extractChoice(text, CHOICES)).toHaveProperty('unparseable');
  });
});
