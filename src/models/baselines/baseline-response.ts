import type { ChatCallOptions, ChatResponse, FinishReason, ToolCall } from '../../core/index.ts';

/**
 * The response every baseline returns: no tokens were spent, so usage is zero, and the latency is the
 * time the baseline itself took, so a report can still show that baselines cost (almost) nothing.
 * The text goes to `onText` once, so a streaming view shows baseline answers like any other.
 */
export function baselineResponse(
  model: string,
  startedAt: number,
  answer: { content: string; toolCalls?: ToolCall[]; finishReason?: FinishReason },
  options: ChatCallOptions | undefined,
): ChatResponse {
  const toolCalls = answer.toolCalls ?? [];
  if (answer.content.length > 0) options?.onText?.(answer.content);
  return {
    message: { role: 'assistant', content: answer.content, toolCalls },
    finishReason: answer.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
    usage: { inputTokens: 0, outputTokens: 0 },
    latencyMs: performance.now() - startedAt,
    model,
    attempts: 1,
  };
}
