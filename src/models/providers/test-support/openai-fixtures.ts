/**
 * Bodies shaped as the OpenAI chat.completions reference documents them (the object, the streamed
 * chunk with `data: [DONE]`, the error envelope), so the adapter is tested against the real shapes.
 */
const CREATED = 1741570283;

export function completion(options: {
  content: string | null;
  toolCalls?: Array<{ id: string; name: string; arguments: string }>;
  finishReason?: string;
  model?: string;
}): Record<string, unknown> {
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: options.content,
    refusal: null,
    annotations: [],
  };
  if (options.toolCalls !== undefined) {
    message.tool_calls = options.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return {
    id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
    object: 'chat.completion',
    created: CREATED,
    model: options.model ?? 'gpt-4o-2024-08-06',
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: options.finishReason ?? (options.toolCalls ? 'tool_calls' : 'stop'),
      },
    ],
    usage: {
      prompt_tokens: 1117,
      completion_tokens: 46,
      total_tokens: 1163,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_fc9f1d7035',
  };
}

function chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
  const body = {
    id: 'chatcmpl-123',
    object: 'chat.completion.chunk',
    created: 1694268190,
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_44709d6fcb',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    usage: null,
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

/** The last chunk when `stream_options.include_usage` is set: no choices, the usage of the call. */
function usageChunk(): string {
  const body = {
    id: 'chatcmpl-123',
    object: 'chat.completion.chunk',
    created: 1694268190,
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_44709d6fcb',
    choices: [],
    usage: { prompt_tokens: 31, completion_tokens: 9, total_tokens: 40 },
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

export function textStream(pieces: string[]): string[] {
  return [
    chunk({ role: 'assistant', content: '', refusal: null }),
    ...pieces.map((piece) => chunk({ content: piece })),
    chunk({}, 'stop'),
    usageChunk(),
    'data: [DONE]\n\n',
  ];
}

/** Two parallel calls whose argument pieces arrive interleaved, as OpenAI streams them. */
export function toolCallStream(): string[] {
  const call = (index: number, fields: Record<string, unknown>) =>
    chunk({ tool_calls: [{ index, ...fields }] });
  return [
    chunk({
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          index: 0,
          id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
          type: 'function',
          function: { name: 'zoom', arguments: '' },
        },
      ],
    }),
    call(0, { function: { arguments: '{"image":' } }),
    call(1, { id: 'call_8Ymnwkq1v3', type: 'function', function: { name: 'search_catalog', arguments: '' } }),
    call(0, { function: { arguments: '"image-1","box":[10,' } }),
    call(1, { function: { arguments: '{"query":"red ' } }),
    call(0, { function: { arguments: '20,300,400]}' } }),
    call(1, { function: { arguments: 'skirt"}' } }),
    chunk({}, 'tool_calls'),
    usageChunk(),
    'data: [DONE]\n\n',
  ];
}

export function errorBody(message: string, type: string, code: string | null): Record<string, unknown> {
  return { error: { message, type, param: null, code } };
}
