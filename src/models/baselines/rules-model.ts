import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { baselineResponse } from './baseline-response.ts';
import { decideRules } from './rules/rules-policy.ts';

/**
 * The rule-based assistant as a model: it reads the request with the world's prompt parser and
 * answers through the real tools (search_catalog, generate_image, get_board), so every suite and
 * the chat page can show how far plain rules get on a task before any VLM is involved.
 */
export function createRulesModel(): ChatModel {
  return {
    id: 'rules',
    kind: 'baseline',
    label: 'rules (baseline)',
    boxFormat: 'pixels',
    async complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse> {
      const startedAt = performance.now();
      options?.signal?.throwIfAborted();
      const decision = decideRules(request);
      return baselineResponse('rules', startedAt, decision, options);
    },
  };
}
