/**
 * The OpenAI chat.completions wire format, as the `openai` client and every OpenAI-compatible
 * server (vLLM, SGLang, Ollama) spell it: one JSON completion, or server-sent chunks that end with
 * `data: [DONE]`.
 */

export interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface WireToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** One answer, before it is written as a completion or as stream chunks. */
export interface MockAnswer {
  id: string;
  created: number;
  model: string;
  /** null when the turn only calls tools, as OpenAI sends it. */
  text: string | null;
  toolCalls: WireToolCall[];
  finishReason: string;
  usage: WireUsage;
}

export function completionBody(answer: MockAnswer): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: answer.text };
  if (answer.toolCalls.length > 0) {
    message.tool_calls = answer.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return {
    id: answer.id,
    object: 'chat.completion',
    created: answer.created,
    model: answer.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: answer.finishReason }],
    usage: answer.usage,
  };
}

/** Splits text into `pieces` nearly equal parts, or into words (each with its trailing space). */
export function splitText(text: string, pieces?: number): string[] {
  if (text === '') return [];
  if (pieces === undefined) return text.match(/\S+\s*|\s+/g) ?? [text];
  const size = Math.ceil(text.length / pieces);
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += size) parts.push(text.slice(start, start + size));
  return parts;
}

/** A tool call's arguments arrive in a few fragments, as real servers stream them. */
const ARGUMENT_FRAGMENTS = 3;

/** The `data: …` events of a streamed answer, [DONE] included, ready to write one after another. */
export function streamEvents(
  answer: MockAnswer,
  options: { includeUsage: boolean; textPieces?: number },
): string[] {
  const events: string[] = [];
  // With include_usage, OpenAI sends `usage: null` on every chunk but the last.
  const usageField = options.includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    `data: ${JSON.stringify({
      id: answer.id,
      object: 'chat.completion.chunk',
      created: answer.created,
      model: answer.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...usageField,
    })}\n\n`;

  events.push(chunk({ role: 'assistant', content: '' }));
  for (const piece of splitText(answer.text ?? '', options.textPieces))
    events.push(chunk({ content: piece }));
  answer.toolCalls.forEach((call, index) => {
    events.push(
      chunk({
        tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
      }),
    );
    for (const fragment of splitText(call.arguments, ARGUMENT_FRAGMENTS)) {
      events.push(chunk({ tool_calls: [{ index, function: { arguments: fragment } }] }));
    }
  });
  events.push(chunk({}, answer.finishReason));
  if (options.includeUsage) {
    events.push(
      `data: ${JSON.stringify({
        id: answer.id,
        object: 'chat.completion.chunk',
        created: answer.created,
        model: answer.model,
        choices: [],
        usage: answer.usage,
      })}\n\n`,
    );
  }
  events.push('data: [DONE]\n\n');
  return events;
}

const TYPE_BY_STATUS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'conflict_error',
  413: 'invalid_request_error',
  422: 'invalid_request_error',
  429: 'rate_limit_error',
};

/** OpenAI's error body: `{error: {message, type, param, code}}`. */
export function errorBody(
  status: number,
  message: string,
  options: { type?: string; code?: string | null } = {},
): { error: { message: string; type: string; param: null; code: string | null } } {
  return {
    error: {
      message,
      type:
        options.type ?? TYPE_BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'invalid_request_error'),
      param: null,
      code: options.code ?? null,
    },
  };
}
