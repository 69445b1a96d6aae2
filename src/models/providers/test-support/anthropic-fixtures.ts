/**
 * Bodies shaped as the Anthropic messages API documents them: the message object, the named
 * server-sent events of a stream (message_start … message_stop, with ping), and the error envelope.
 */
export function message(options: {
  content: Array<Record<string, unknown>>;
  stopReason: string;
  model?: string;
}): Record<string, unknown> {
  return {
    id: 'msg_013Zva2CMHLNnXjNJJKqJ2EF',
    type: 'message',
    role: 'assistant',
    model: options.model ?? 'claude-sonnet-4-6',
    content: options.content,
    stop_reason: options.stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: 2095,
      output_tokens: 503,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 100,
      service_tier: 'standard',
    },
  };
}

function event(name: string, data: Record<string, unknown>): string {
  return `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
}

function start(): string {
  return event('message_start', {
    message: {
      id: 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY',
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'claude-sonnet-4-6',
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 25, output_tokens: 1 },
    },
  });
}

export function textStream(pieces: string[]): string[] {
  return [
    start(),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('ping', {}),
    ...pieces.map((text) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })),
    event('content_block_stop', { index: 0 }),
    event('message_delta', {
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 15 },
    }),
    event('message_stop', {}),
  ];
}

/** Text, then a tool call whose input arrives as input_json_delta pieces. */
export function toolUseStream(): string[] {
  const json = (partial: string) =>
    event('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: partial } });
  return [
    start(),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Let me zoom in.' } }),
    event('content_block_stop', { index: 0 }),
    event('content_block_start', {
      index: 1,
      content_block: { type: 'tool_use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'zoom', input: {} },
    }),
    json(''),
    json('{"image": "ima'),
    json('ge-1", "box": [10, 20'),
    json(', 300, 400]}'),
    event('content_block_stop', { index: 1 }),
    event('message_delta', {
      delta: { stop_reason: 'tool_use', stop_sequence: null },
      usage: { output_tokens: 89 },
    }),
    event('message_stop', {}),
  ];
}

export function errorBody(type: string, message: string): Record<string, unknown> {
  return { type: 'error', error: { type, message }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' };
}
