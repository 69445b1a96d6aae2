import { describe, expect, it } from 'vitest';
import { answerText, firstJsonObject } from './answer-text.ts';

describe('answerText', () => {
  it('drops closed thinking and markdown emphasis', () => {
    expect(answerText('<think>A? B?</think>\n**C**')).toBe('C');
    expect(answerText('## Answer\n`yes`')).toBe('Answer\nyes');
    // A truncated thought is all the model said, so it stays.
    expect(answerText('<think>probably B')).toBe('<think>probably B');
  });
});

describe('firstJsonObject', () => {
  it('reads a bare or fenced object and nothing else', () => {
    expect(firstJsonObject('{"answer": "B"}')).toEqual({ answer: 'B' });
    expect(firstJsonObject('```json\n{"score": 7}\n```')).toEqual({ score: 7 });
    expect(firstJsonObject('[1, 2]')).toBeUndefined();
    expect(firstJsonObject('{not json}')).toBeUndefined();
    expect(firstJsonObject('no braces')).toBeUndefined();
  });
});
