import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { ModelCallError } from '../model-call-error.ts';
import { baselineResponse } from './baseline-response.ts';

/**
 * Answers with the ground truth. Its only use is checking a scorer: a suite where the oracle does not
 * score 100% has a scorer or an answer key that is wrong.
 */
export function createOracleModel(): ChatModel {
  return {
    id: 'oracle',
    kind: 'baseline',
    label: 'oracle (baseline)',
    boxFormat: 'pixels',
    async complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
      const startedAt = performance.now();
      options?.signal?.throwIfAborted();
      const answer = request.task?.answer;
      if (answer === undefined) {
        throw new ModelCallError(
          'MODEL_REQUEST_FAILED',
          'the oracle baseline needs the ground-truth answer (task.answer), and this request has none',
          { retryable: false },
          {
            hint: 'Use the oracle only on benchmark samples with an answer, to check that a scorer gives it full marks.',
          },
        );
      }
      return baselineResponse('oracle', startedAt, { content: answer }, options);
    },
  };
}
