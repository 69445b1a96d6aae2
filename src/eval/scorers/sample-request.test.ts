import { describe, expect, it } from 'vitest';
import type { ImagePart } from '../../core/index.ts';
import { type EvalSampleInput, evalSampleSchema } from '../sample.ts';
import { sampleRequest } from './sample-request.ts';

const image = (byte: number): ImagePart => ({
  type: 'image',
  mediaType: 'image/png',
  data: new Uint8Array([byte]),
});
const build = (input: Partial<EvalSampleInput>) =>
  evalSampleSchema.parse({
    id: 's1',
    suite: 'perception',
    question: 'What colour is the skirt?',
    answer: 'B',
    scorer: 'choice',
    ...input,
  });

function text(request: ReturnType<typeof sampleRequest>): string {
  const message = request.messages[0]!;
  if (message.role !== 'user') throw new Error('expected a user message');
  const last = message.content.at(-1)!;
  if (last.type !== 'text') throw new Error('expected text last');
  return last.text;
}

describe('sampleRequest', () => {
  it('formats a multiple-choice sample with lettered options and task hints', () => {
    const sample = build({
      choices: ['red', 'navy', 'black'],
      images: [{ path: 'a.png' }, { path: 'b.png', name: 'detail' }],
    });
    const request = sampleRequest(sample, [image(1), image(2)]);
    expect(request.messages).toHaveLength(1);
    const message = request.messages[0]!;
    expect(message.role).toBe('user');
    expect(message.role === 'user' && message.content.slice(0, 2)).toEqual([
      { ...image(1), name: 'image-1' },
      { ...image(2), name: 'detail' },
    ]);
    expect(text(request)).toBe(
      'What colour is the skirt?\n\nOptions:\nA. red\nB. navy\nC. black\n\nAnswer with the letter of the correct option.',
    );
    expect(request.task).toEqual({ options: ['A', 'B', 'C'], answer: 'B', sampleId: 's1', format: 'choice' });
  });

  it('formats yes-no, ranking and short-answer samples', () => {
    const yesNo = sampleRequest(
      build({ scorer: 'yes-no', question: 'Do these go together?', answer: 'yes' }),
      [],
    );
    expect(text(yesNo)).toBe('Do these go together?\n\nAnswer yes or no.');
    expect(yesNo.task).toEqual({ options: ['yes', 'no'], answer: 'yes', sampleId: 's1', format: 'yes-no' });

    const ranking = sampleRequest(
      build({
        scorer: 'ranking',
        question: 'Which items suit this board?',
        choices: ['c1', 'c2'],
        answer: 'c2, c1',
      }),
      [],
    );
    expect(text(ranking)).toBe(
      'Which items suit this board?\n\nCandidates: c1, c2\nRank all candidates from best to worst match; answer with their ids separated by commas.',
    );
    expect(ranking.task).toEqual({
      options: ['c1', 'c2'],
      answer: 'c2, c1',
      sampleId: 's1',
      format: 'ranking',
    });

    const exact = sampleRequest(build({ scorer: 'exact', answer: 'navy' }), [image(3)]);
    expect(text(exact)).toBe('What colour is the skirt?\n\nAnswer with a short phrase.');
    expect(exact.task).toEqual({ answer: 'navy', sampleId: 's1', format: 'short' });
  });

  it('passes a tool-use request through as the user wrote it', () => {
    const request = sampleRequest(
      build({ scorer: 'tool-use', kind: 'agent', question: 'Find a navy skirt.', answer: '' }),
      [],
    );
    expect(text(request)).toBe('Find a navy skirt.');
  });

  it('refuses a choice sample without choices', () => {
    expect(() => sampleRequest(build({}), [])).toThrow(/sample s1 uses the choice scorer but has no choices/);
  });
});
