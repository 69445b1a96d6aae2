import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../core/index.ts';
import { questionPriorAnswer } from './question-prior-answer.ts';

const ask = (text: string): ChatRequest => ({
  messages: [{ role: 'user', content: [{ type: 'text', text }] }],
});

describe('questionPriorAnswer', () => {
  it('picks the option whose words the question repeats, the first on a tie', () => {
    const question =
      'What colour are the buttons of the navy jacket?\n\nOptions:\nA. red\nB. navy\nC. gold\n\nAnswer with the letter.';
    expect(questionPriorAnswer(ask(question), ['A', 'B', 'C'])).toBe('B');
    expect(questionPriorAnswer(ask('How many?\nA. two\nB. three'), ['A', 'B'])).toBe('A');
  });

  it('says yes to yes/no and keeps the offered order of ranking candidates', () => {
    expect(questionPriorAnswer(ask('Compatible?'), ['yes', 'no'])).toBe('yes');
    expect(questionPriorAnswer(ask('Rank them. Candidates: c-02, c-01'), ['c-02', 'c-01'])).toBe(
      'c-02, c-01',
    );
  });
});
