import { describe, expect, it } from 'vitest';
import { shortAnswerReadings } from './extract-short-answer.ts';

describe('shortAnswerReadings', () => {
  it.each([
    ['navy', ['navy']],
    ['Navy.\nThe skirt is dark blue.', ['Navy.', 'Navy.\nThe skirt is dark blue.']],
    [
      'The hem is dark. Answer: navy. It is pleated.',
      ['navy', 'The hem is dark. Answer: navy. It is pleated.'],
    ],
    ['<think>red?</think> **navy**', ['navy']],
    ['{"answer": "navy", "reason": "hem"}', ['navy']],
    ['', []],
  ])('%j → %j', (text, readings) => {
    expect(shortAnswerReadings(text)).toEqual(readings);
  });
});
