import { describe, expect, it } from 'vitest';
import { extractYesNo } from './extract-yes-no.ts';

describe('extractYesNo', () => {
  it.each([
    ['yes', 'yes', 1],
    ['Yes', 'yes', 1],
    ['No.', 'no', 0],
    ['**No**', 'no', 0],
    ['Yes, they go together.', 'yes', 1],
    ['No, the colours clash.', 'no', 0],
    ['compatible', 'yes', 1],
    ['Incompatible', 'no', 0],
    ['Not compatible.', 'no', 0],
    ['These pieces go well together.', 'yes', 1],
    ["They don't go together: the stripes fight the plaid.", 'no', 0],
    ['The outfit is compatible.', 'yes', 1],
    ['Looking at the palette, the answer is: no', 'no', 0],
    ['<think>Maybe yes... no, the formality spread is too wide.</think>\nAnswer: no', 'no', 0],
    ['true', 'yes', 1],
  ])('%j → %s (%d)', (text, answer, prediction) => {
    expect(extractYesNo(text)).toEqual({ answer, prediction });
  });

  it.each([
    ['0.8', 'yes', 0.8],
    ['0.3', 'no', 0.3],
    ['80%', 'yes', 0.8],
    ['Yes (85%)', 'yes', 0.85],
    ['Yes, probability 0.7', 'yes', 0.7],
    ['No, probability that they are compatible: 0.2', 'no', 0.2],
    ['yes\nconfidence: 0.7', 'yes', 0.7],
    ['No. Confidence: 0.9', 'no', 0.1],
    ['No, 0.8', 'no', 0.2],
    ['Yes — confidence 8/10', 'yes', 0.8],
    ['{"answer": "yes", "confidence": 0.75}', 'yes', 0.75],
    ['{"compatible": false, "probability": 0.1}', 'no', 0.1],
    ['{"probability": 0.64}', 'yes', 0.64],
  ])('%j → %s with prediction %d', (text, answer, prediction) => {
    const result = extractYesNo(text);
    expect(result).toMatchObject({ answer });
    expect('prediction' in result && result.prediction).toBeCloseTo(prediction, 10);
  });

  it('ignores numbers that are not probabilities', () => {
    expect(extractYesNo('Yes, the 3 pieces share 2 colours.')).toEqual({ answer: 'yes', prediction: 1 });
    expect(extractYesNo('Yes, confidence 7')).toEqual({ answer: 'yes', prediction: 1 });
  });

  it.each([
    ['', 'empty answer'],
    ['maybe', 'no yes or no found'],
    ['It depends on the occasion.', 'no yes or no found'],
    ['There is no clash of colours, so they are compatible.', 'says both yes and no'],
    ['confidence: 0.8', 'no yes or no found'],
    ['{"reason": "hard to say"}', 'no yes or no found'],
  ])('%j → unparseable (%s)', (text, reason) => {
    expect(extractYesNo(text)).toEqual({ unparseable: reason });
  });
});
