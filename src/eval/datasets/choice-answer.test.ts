import { describe, expect, it } from 'vitest';
import { resolveAnswer } from './choice-answer.ts';
import { suiteChance } from './suite-chance.ts';

const options = (...texts: string[]) => texts.map((text, position) => ({ letter: 'ABCD'[position]!, text }));

describe('resolveAnswer', () => {
  it('keeps a letter answer, in any of the usual spellings', () => {
    for (const answer of ['B', 'b', '(B)', 'B.', ' B ']) {
      expect(resolveAnswer(answer, options('red', 'blue', 'green'))).toEqual({
        ok: true,
        choices: ['red', 'blue', 'green'],
        answer: 'B',
        scorer: 'choice',
      });
    }
  });

  it("turns an option's text into its letter, ignoring case", () => {
    expect(resolveAnswer('Green', options('red', 'blue', 'green'))).toMatchObject({ ok: true, answer: 'C' });
  });

  it('relabels options around a gap, and the answer with them', () => {
    const gapped = [
      { letter: 'A', text: 'one' },
      { letter: 'B', text: 'two' },
      { letter: 'D', text: 'four' },
    ];
    expect(resolveAnswer('D', gapped)).toEqual({
      ok: true,
      choices: ['one', 'two', 'four'],
      answer: 'C',
      scorer: 'choice',
    });
    expect(resolveAnswer('C', gapped)).toMatchObject({ ok: false, problem: expect.stringMatching(/absent/) });
  });

  it('refuses answers that match no option, or several', () => {
    expect(resolveAnswer('purple', options('red', 'blue'))).toMatchObject({ ok: false });
    expect(resolveAnswer('red', options('red', 'Red'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/matches 2 options/),
    });
    expect(resolveAnswer('A', options('only'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/one/),
    });
  });

  it('picks yes-no or exact when there are no options', () => {
    expect(resolveAnswer('Yes', [])).toEqual({ ok: true, answer: 'yes', scorer: 'yes-no' });
    expect(resolveAnswer(' navy blue ', [])).toEqual({ ok: true, answer: 'navy blue', scorer: 'exact' });
    expect(resolveAnswer('  ', [])).toMatchObject({ ok: false });
  });
});

describe('suiteChance', () => {
  it('averages 1/n, 1/2 and 0 over samples, and multiplies within pairs', () => {
    // (1/4 + 1/2 + 1/2 + 0) / 4 = 0.3125; pairs: {1/2·1/2} and {1/4}: (0.25 + 0.25) / 2 = 0.25.
    const chance = suiteChance([
      { scorer: 'choice', choiceCount: 4, pair: 'b' },
      { scorer: 'choice', choiceCount: 2, pair: 'a' },
      { scorer: 'yes-no', choiceCount: 0, pair: 'a' },
      { scorer: 'exact', choiceCount: 0 },
    ]);
    expect(chance).toEqual({ accuracy: 0.3125, 'pair-accuracy': 0.25 });
  });

  it('has no chance row when nothing can be guessed', () => {
    expect(suiteChance([{ scorer: 'exact', choiceCount: 0 }])).toEqual({});
  });
});
