import { describe, expect, it } from 'vitest';
import { type EvalSample, evalSampleSchema, type SampleOutput } from '../sample.ts';
import { scoreRanking } from './ranking-scorer.ts';

const sample: EvalSample = evalSampleSchema.parse({
  id: 'board-1',
  suite: 'board-recs',
  question: 'Rank the candidates for this board.',
  choices: ['a', 'b', 'c'],
  answer: 'a, c, b',
  scorer: 'ranking',
  expected: { relevance: { a: 1, b: 0, c: 1 } },
});
const output = (text: string): SampleOutput => ({
  text,
  latencyMs: 1,
  usage: { inputTokens: 0, outputTokens: 0 },
});

describe('scoreRanking', () => {
  it('scores NDCG@10 with the hand-computed value', () => {
    const score = scoreRanking(sample, output('b, a, c'));
    expect(score.outcome).toBe('wrong');
    expect(score.score).toBeCloseTo(0.6934, 4);
    expect(score.extracted).toBe('b, a, c');
    expect(score.metrics).toMatchObject({ 'hit@1': 0, 'hit@5': 1, mrr: 0.5 });
  });

  it('gives the oracle answer full marks', () => {
    expect(scoreRanking(sample, output(sample.answer))).toMatchObject({ outcome: 'correct', score: 1 });
  });

  it('notes a partial ranking and records an unreadable one as unparseable', () => {
    expect(scoreRanking(sample, output('c')).note).toBe('ranked 1 of 3 candidates');
    expect(scoreRanking(sample, output('none of them'))).toEqual({
      outcome: 'unparseable',
      score: 0,
      note: 'names none of the candidates',
    });
  });

  it('refuses a sample without graded relevance', () => {
    expect(() => scoreRanking({ ...sample, expected: { relevant: ['a'] } }, output('a'))).toThrow(
      /board-1 has no readable expected.relevance/,
    );
  });
});
