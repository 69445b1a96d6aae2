import type { ChatCallOptions, ChatRequest, ChatResponse, Message } from '../../core/index.ts';
import { Random } from '../../world/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { baselineResponse } from './baseline-response.ts';

export interface RandomModelOptions {
  /** Which of the seeded answer sequences to use; the same seed answers every sample the same way. */
  seed: number;
}

export const RANDOM_NEEDS_OPTIONS =
  'The random baseline needs the offered answer options (task.options) to choose from, and this request has none.';

/** Text of the conversation, so a request without a sample id still answers the same way twice. */
function conversationLabel(messages: readonly Message[]): string {
  return messages
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`)).join(' '),
    )
    .join('\n');
}

/**
 * The chance row of every multiple-choice suite: a uniform pick among the offered options (a uniform
 * permutation of them for ranking tasks). The pick
 * is drawn from a stream labelled by the sample id, so a re-run, a resumed run or a run in another
 * order gives each sample the same answer.
 */
export function createRandomModel(options: RandomModelOptions): ChatModel {
  const { seed } = options;
  return {
    id: 'random',
    kind: 'baseline',
    label: 'random (baseline)',
    boxFormat: 'pixels',
    async complete(request: ChatRequest, callOptions?: ChatCallOptions): Promise<ChatResponse> {
      const startedAt = performance.now();
      callOptions?.signal?.throwIfAborted();
      const offered = request.task?.options ?? [];
      if (offered.length === 0) {
        // Answering in text rather than throwing lets a scorer record the sample as unparseable.
        return baselineResponse('random', startedAt, { content: RANDOM_NEEDS_OPTIONS }, callOptions);
      }
      const label = request.task?.sampleId ?? `conversation:${conversationLabel(request.messages)}`;
      const random = Random.for(seed, `random-baseline:${label}`);
      // A ranking task wants every candidate in some order: the random row is a uniform permutation.
      const content =
        request.task?.format === 'ranking' ? random.shuffle(offered).join(', ') : random.pick(offered);
      return baselineResponse('random', startedAt, { content }, callOptions);
    },
  };
}
