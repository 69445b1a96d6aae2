import { describe, expect, it } from 'vitest';
import { type EvalSampleInput, evalSampleSchema, type SampleOutput } from '../sample.ts';
import { scoreSample } from './score-sample.ts';

const build = (input: Partial<EvalSampleInput>) =>
  evalSampleSchema.parse({
    id: 's1',
    suite: 'perception',
    question: 'What colour?',
    answer: 'C',
    scorer: 'choice',
    ...input,
  });
const output = (text: string, extra: Partial<SampleOutput> = {}): SampleOutput => ({
  text,
  latencyMs: 3,
  usage: { inputTokens: 10, outputTokens: 2 },
  ...extra,
});

describe('scoreSample', () => {
  const choice = build({ choices: ['red', 'black', 'navy', 'white'] });

  it('scores multiple choice by the extracted letter', () => {
    expect(scoreSample(choice, output('The answer is C.'))).toEqual({
      outcome: 'correct',
      score: 1,
      extracted: 'C',
      note: 'read C from the statement',
    });
    expect(scoreSample(choice, output('navy'))).toMatchObject({ outcome: 'correct', extracted: 'C' });
    expect(scoreSample(choice, output('(b)'))).toMatchObject({ outcome: 'wrong', score: 0, extracted: 'B' });
    expect(scoreSample(choice, output('A or C'))).toEqual({
      outcome: 'unparseable',
      score: 0,
      note: 'names several options',
    });
  });

  it('records an empty output as unparseable, with the stop reason', () => {
    expect(scoreSample(choice, output('  ', { stopReason: 'length' }))).toEqual({
      outcome: 'unparseable',
      score: 0,
      note: 'the model returned no text and called no tool (stop reason: length)',
    });
  });

  it('scores short answers by normalised exact match', () => {
    const exact = build({ scorer: 'exact', answer: '2', aliases: ['a pair'] });
    expect(scoreSample(exact, output('Two.'))).toEqual({ outcome: 'correct', score: 1, extracted: '2' });
    expect(scoreSample(exact, output('Two\nThere are two buttons on the cuff.'))).toMatchObject({
      outcome: 'correct',
    });
    expect(scoreSample(exact, output('I count the buttons. Answer: two.'))).toMatchObject({
      outcome: 'correct',
    });
    expect(scoreSample(exact, output('{"answer": "a pair"}'))).toMatchObject({ outcome: 'correct' });
    expect(scoreSample(exact, output('Three'))).toEqual({ outcome: 'wrong', score: 0, extracted: '3' });
  });

  it('scores yes-no with a prediction for AUC', () => {
    const yesNo = build({ scorer: 'yes-no', answer: 'no' });
    expect(scoreSample(yesNo, output('No, confidence 0.9'))).toMatchObject({
      outcome: 'correct',
      extracted: 'no',
    });
    expect(scoreSample(yesNo, output('No, confidence 0.9')).prediction).toBeCloseTo(0.1, 10);
    expect(scoreSample(yesNo, output('Yes.'))).toEqual({
      outcome: 'wrong',
      score: 0,
      extracted: 'yes',
      prediction: 1,
    });
    expect(scoreSample(yesNo, output('perhaps'))).toMatchObject({ outcome: 'unparseable' });
    expect(() => scoreSample(build({ scorer: 'yes-no', answer: 'maybe' }), output('yes'))).toThrow(
      /answer "maybe"/,
    );
  });

  it('dispatches ranking and tool-use samples', () => {
    const ranking = build({
      scorer: 'ranking',
      choices: ['a', 'b', 'c'],
      answer: 'a, c, b',
      expected: { relevance: { a: 1, b: 0, c: 1 } },
    });
    expect(scoreSample(ranking, output('b, a, c')).score).toBeCloseTo(0.6934, 4);
    const toolUse = build({
      scorer: 'tool-use',
      kind: 'agent',
      answer: '',
      expected: { tools: ['get_board'] },
    });
    const called = output('', { toolCalls: [{ name: 'get_board', arguments: '{}', ok: true }] });
    expect(scoreSample(toolUse, called)).toMatchObject({ outcome: 'correct', score: 1 });
    expect(scoreSample(toolUse, output(''))).toMatchObject({ outcome: 'unparseable' });
  });

  it('gives the oracle full marks on every scorer', () => {
    const samples = [
      choice,
      build({ scorer: 'exact', answer: 'navy blue' }),
      build({ scorer: 'yes-no', answer: 'yes' }),
      build({
        scorer: 'ranking',
        choices: ['x', 'y'],
        answer: 'y, x',
        expected: { relevance: { x: 0, y: 2 } },
      }),
    ];
    for (const sample of samples)
      expect(scoreSample(sample, output(sample.answer))).toMatchObject({ outcome: 'correct', score: 1 });
  });
});
