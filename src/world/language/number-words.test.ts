import { describe, expect, it } from 'vitest';
import { numberValue, numberWord, readNumber } from './number-words.ts';
import { tokenize } from './tokenize.ts';

describe('number words', () => {
  it('reads words and digits', () => {
    expect(numberValue('two')).toBe(2);
    expect(numberValue('twelve')).toBe(12);
    expect(numberValue('single')).toBe(1);
    expect(numberValue('7')).toBe(7);
    expect(numberValue('$60')).toBe(60);
    expect(numberValue('59.99')).toBe(59.99);
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('navy')).toBeUndefined();
  });

  it('joins compound numbers', () => {
    expect(readNumber(['twenty', 'five', 'dollars'], 0)).toEqual({ value: 25, length: 2 });
    expect(readNumber(['one', 'hundred'], 0)).toEqual({ value: 100, length: 2 });
    expect(readNumber(['three', 'pockets'], 0)).toEqual({ value: 3, length: 1 });
  });

  it('writes small counts as words and large ones as digits', () => {
    expect(numberWord(4)).toBe('four');
    expect(numberWord(0)).toBe('zero');
    expect(numberWord(13)).toBe('13');
  });
});

describe('tokenize', () => {
  it('folds hyphens into spaces, keeps prices, fractions and clause punctuation', () => {
    expect(tokenize('V-neck T-shirt, 3/4 sleeves — under $60!')).toEqual([
      'v',
      'neck',
      't',
      'shirt',
      ',',
      '3/4',
      'sleeves',
      ',',
      'under',
      '$60',
      '!',
    ]);
    expect(tokenize('spring/summer off‑white')).toEqual(['spring', 'summer', 'off', 'white']);
  });
});
