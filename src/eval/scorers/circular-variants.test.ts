import { describe, expect, it } from 'vitest';
import { evalSampleSchema } from '../sample.ts';
import { circularVariants } from './circular-variants.ts';
import { letters } from './letters.ts';

const sample = evalSampleSchema.parse({
  id: 'p7',
  suite: 'mmbench',
  question: 'Which colour is the collar?',
  choices: ['red', 'navy', 'black', 'white'],
  answer: 'B',
  scorer: 'choice',
});

describe('circularVariants', () => {
  it('rotates the options and moves the answer letter with its text', () => {
    const variants = circularVariants(sample);
    expect(variants.map((variant) => variant.id)).toEqual(['p7~c0', 'p7~c1', 'p7~c2', 'p7~c3']);
    expect(variants.map((variant) => variant.choices)).toEqual([
      ['red', 'navy', 'black', 'white'],
      ['navy', 'black', 'white', 'red'],
      ['black', 'white', 'red', 'navy'],
      ['white', 'red', 'navy', 'black'],
    ]);
    expect(variants.map((variant) => variant.answer)).toEqual(['B', 'A', 'D', 'C']);
    for (const variant of variants) {
      const index = letters(4).indexOf(variant.answer);
      expect(variant.choices![index]).toBe('navy');
      expect(variant).toMatchObject({ pair: 'p7', cluster: 'p7', question: sample.question });
    }
    // The answer sits at every position exactly once.
    expect(new Set(variants.map((variant) => variant.answer)).size).toBe(4);
  });

  it('keeps an existing cluster and refuses samples it cannot rotate', () => {
    expect(circularVariants({ ...sample, cluster: 'image-3' })[1]!.cluster).toBe('image-3');
    expect(() => circularVariants({ ...sample, answer: 'E' })).toThrow(/not one of its options A, B, C, D/);
    expect(() => circularVariants({ ...sample, scorer: 'exact' })).toThrow(/needs a multiple-choice sample/);
  });
});

describe('letters', () => {
  it('labels options from A', () => {
    expect(letters(4)).toEqual(['A', 'B', 'C', 'D']);
    expect(letters(0)).toEqual([]);
    expect(() => letters(27)).toThrow(/cannot have 27 options/);
  });
});
