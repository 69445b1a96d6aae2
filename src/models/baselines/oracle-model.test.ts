import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../core/index.ts';
import { ModelCallError } from '../model-call-error.ts';
import { createOracleModel } from './oracle-model.ts';

const messages: ChatRequest['messages'] = [
  { role: 'user', content: [{ type: 'text', text: 'How many buttons?' }] },
];

describe('createOracleModel', () => {
  it('answers the ground truth exactly', async () => {
    const model = createOracleModel();
    expect(model).toMatchObject({ id: 'oracle', kind: 'baseline', label: 'oracle (baseline)' });
    const response = await model.complete({
      messages,
      task: { answer: 'C) four', options: ['A', 'B', 'C'] },
    });
    expect(response.message).toEqual({ role: 'assistant', content: 'C) four', toolCalls: [] });
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('refuses, without a retry, when the request carries no answer', async () => {
    const failure = await createOracleModel()
      .complete({ messages })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ModelCallError);
    const error = failure as ModelCallError;
    expect(error.code).toBe('MODEL_REQUEST_FAILED');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/ground-truth/);
    expect(error.hint).toMatch(/scorer/);
  });
});
