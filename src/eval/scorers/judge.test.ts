import { describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../../models/index.ts';
import { judgePairwise, judgeRubric } from './judge.ts';

/** A judge that answers from a function of the request text, and keeps what it was asked. */
function scriptedJudge(reply: (text: string) => string): ChatModel & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    id: 'test-judge',
    kind: 'model',
    label: 'test judge',
    boxFormat: 'pixels',
    requests,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      requests.push(request);
      const message = request.messages.at(-1)!;
      const text =
        message.role === 'user'
          ? message.content.map((part) => (part.type === 'text' ? part.text : '')).join('')
          : '';
      return {
        message: { role: 'assistant', content: reply(text), toolCalls: [] },
        finishReason: 'stop',
        usage: { inputTokens: 0, outputTokens: 0 },
        latencyMs: 0,
        model: 'test-judge',
      };
    },
  };
}

/** The answer shown in a position of a pairwise prompt. */
const shown = (text: string, label: 'A' | 'B') =>
  new RegExp(`Answer ${label}:\\n(.*?)(?:\\n\\n|$)`, 's').exec(text)?.[1];

describe('judgeRubric', () => {
  it('asks for JSON and scales the score to [0, 1]', async () => {
    const judge = scriptedJudge(
      () => '```json\n{"score": 7, "reason": "names the colour, misses the fit"}\n```',
    );
    const result = await judgeRubric(judge, {
      question: 'Describe the skirt.',
      answer: 'A navy skirt.',
      reference: 'A navy pleated midi skirt.',
      rubric: 'Colour, pleats and length each count.',
    });
    expect(result).toEqual({
      verdict: 'scored',
      score: 0.7,
      reason: 'names the colour, misses the fit',
      raw: '```json\n{"score": 7, "reason": "names the colour, misses the fit"}\n```',
    });
    const request = judge.requests[0]!;
    expect(request.responseFormat).toBe('json');
    const message = request.messages.at(-1)!;
    const text =
      message.role === 'user' && message.content[0]?.type === 'text' ? message.content[0].text : '';
    expect(text).toContain('Reference answer:\nA navy pleated midi skirt.');
    expect(text).toContain('Rubric:\nColour, pleats and length each count.');
  });

  it('leaves the reference out when there is none', async () => {
    const judge = scriptedJudge(() => '{"score": "10"}');
    const result = await judgeRubric(judge, { question: 'q', answer: 'a', rubric: 'r' });
    expect(result).toMatchObject({ verdict: 'scored', score: 1, reason: '' });
    const message = judge.requests[0]!.messages.at(-1)!;
    expect(JSON.stringify(message)).not.toContain('Reference');
  });

  it.each([
    ['I would give it a seven.', 'the judge did not reply with JSON'],
    ['{"score": 14}', 'the judge gave no score between 0 and 10'],
    ['{"reason": "fine"}', 'the judge gave no score between 0 and 10'],
    ['{"score": "high"}', 'the judge gave no score between 0 and 10'],
    ['{"score": ""}', 'the judge gave no score between 0 and 10'],
    ['{"score": null}', 'the judge gave no score between 0 and 10'],
  ])('records %j as unparseable', async (reply, problem) => {
    const result = await judgeRubric(
      scriptedJudge(() => reply),
      { question: 'q', answer: 'a', rubric: 'r' },
    );
    expect(result).toEqual({ verdict: 'unparseable', score: null, problem, raw: reply });
  });
});

describe('judgePairwise', () => {
  const input = { question: 'Which describes the skirt better?', answerA: 'navy pleated', answerB: 'blue' };

  it('reports a winner that survives the swap', async () => {
    const judge = scriptedJudge((text) =>
      JSON.stringify({ winner: shown(text, 'A') === 'navy pleated' ? 'A' : 'B' }),
    );
    const result = await judgePairwise(judge, input);
    expect(result).toEqual({ winner: 'A', raw: ['{"winner":"A"}', '{"winner":"B"}'] });
    expect(judge.requests).toHaveLength(2);
    const positions = judge.requests.map((request) => {
      const message = request.messages.at(-1)!;
      return message.role === 'user' && message.content[0]?.type === 'text'
        ? shown(message.content[0].text, 'A')
        : '';
    });
    expect(positions).toEqual(['navy pleated', 'blue']);
  });

  it('calls a judge that always prefers the first position inconsistent', async () => {
    const result = await judgePairwise(
      scriptedJudge(() => '{"winner": "A"}'),
      input,
    );
    expect(result.winner).toBe('inconsistent');
  });

  it('reports ties, B wins and unreadable replies', async () => {
    expect(
      (
        await judgePairwise(
          scriptedJudge(() => '{"winner": "tie"}'),
          input,
        )
      ).winner,
    ).toBe('tie');
    const prefersBlue = scriptedJudge((text) =>
      JSON.stringify({ winner: shown(text, 'A') === 'blue' ? 'a' : 'b' }),
    );
    expect((await judgePairwise(prefersBlue, input)).winner).toBe('B');
    const result = await judgePairwise(
      scriptedJudge(() => 'Answer A, clearly.'),
      input,
    );
    expect(result).toEqual({ winner: 'unparseable', raw: ['Answer A, clearly.', 'Answer A, clearly.'] });
  });
});
