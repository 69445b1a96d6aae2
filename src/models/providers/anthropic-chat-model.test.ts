import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRequest, Message } from '../../core/index.ts';
import { ModelCallError } from '../model-call-error.ts';
import { type ModelSettings, resolveModelSettings } from '../model-settings.ts';
import { createAnthropicChatModel } from './anthropic-chat-model.ts';
import { errorBody, message, textStream, toolUseStream } from './test-support/anthropic-fixtures.ts';
import { type RecordingServer, startRecordingServer } from './test-support/recording-server.ts';

const SECRET = 'sk-ant-api03-test-7d1c0ffee5ecret';

async function swatch(width: number, height: number): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: '#2456c4' } });
  return new Uint8Array(await image.png().toBuffer());
}

async function failure(promise: Promise<unknown>): Promise<ModelCallError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ModelCallError);
  return error as ModelCallError;
}

const HELLO: ChatRequest = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }] };

describe('Anthropic chat model', () => {
  let server: RecordingServer;
  let settings: ModelSettings;

  beforeEach(async () => {
    server = await startRecordingServer();
    settings = {
      ...resolveModelSettings('anthropic:claude-sonnet-4-6', undefined, {
        ANTHROPIC_API_KEY: SECRET,
        ANTHROPIC_BASE_URL: server.url,
      }),
      imagePolicy: { maxSide: 256, maxPixels: 256 * 256, format: 'png', quality: 90 },
    };
  });
  afterEach(async () => {
    await server.close();
  });

  it('sends system apart, images as base64 blocks, tool results with their images, and the tool options', async () => {
    const model = createAnthropicChatModel(settings);
    const messages: Message[] = [
      { role: 'system', content: 'You are a stylist.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Which blue is this?' },
          { type: 'image', mediaType: 'image/png', data: await swatch(1024, 512), name: 'image-1' },
        ],
      },
      {
        role: 'assistant',
        content: 'Let me look closer.',
        toolCalls: [
          { id: 'toolu_1', name: 'zoom', arguments: '{"image":"image-1","box":[0,0,100,100]}' },
          { id: 'toolu_2', name: 'search_catalog', arguments: '{"query": "blue' },
        ],
      },
      {
        role: 'tool',
        toolCallId: 'toolu_1',
        toolName: 'zoom',
        content: [
          { type: 'text', text: 'Zoomed.' },
          { type: 'image', mediaType: 'image/png', data: await swatch(100, 100), name: 'zoom-1' },
        ],
      },
      {
        role: 'tool',
        toolCallId: 'toolu_2',
        toolName: 'search_catalog',
        content: [{ type: 'text', text: 'arguments are not valid JSON' }],
        isError: true,
      },
    ];
    server.reply({
      json: message({
        content: [
          { type: 'text', text: 'It is cobalt.' },
          { type: 'tool_use', id: 'toolu_3', name: 'search_catalog', input: { query: 'cobalt skirt' } },
        ],
        stopReason: 'tool_use',
      }),
    });
    const response = await model.complete({
      messages,
      tools: [
        { name: 'zoom', description: 'Crop an image.', parameters: { type: 'object', properties: {} } },
      ],
      toolChoice: 'required',
      maxTokens: 200,
      stop: ['</answer>'],
      temperature: 0.3,
      seed: 5,
    });

    const request = server.requests[0]!;
    expect(request.path).toBe('/v1/messages');
    // The key travels in a header, never in the body.
    expect(request.headers.authorization ?? request.headers['x-api-key']).toContain(SECRET);
    expect(JSON.stringify(request.body)).not.toContain(SECRET);
    const body = request.body;
    expect(body).toMatchObject({
      model: 'claude-sonnet-4-6',
      system: 'You are a stylist.',
      max_tokens: 200,
      stop_sequences: ['</answer>'],
      tools: [
        { name: 'zoom', description: 'Crop an image.', input_schema: { type: 'object', properties: {} } },
      ],
      tool_choice: { type: 'any' },
    });
    // API version 2026-10-21 refuses sampling options; seeds do not exist there.
    expect(body.temperature).toBeUndefined();
    expect(body.seed).toBeUndefined();
    expect(body.stream).toBeUndefined();

    const wire = body.messages as Array<{ role: string; content: Array<Record<string, unknown>> }>;
    expect(wire.map((entry) => entry.role)).toEqual(['user', 'assistant', 'user']);
    const image = wire[0]?.content[1] as {
      type: string;
      source: { type: string; media_type: string; data: string };
    };
    expect(image.type).toBe('image');
    expect(image.source).toMatchObject({ type: 'base64', media_type: 'image/png' });
    const decoded = await sharp(Buffer.from(image.source.data, 'base64')).metadata();
    expect([decoded.width, decoded.height]).toEqual([256, 128]);

    expect(wire[1]?.content).toEqual([
      { type: 'text', text: 'Let me look closer.' },
      { type: 'tool_use', id: 'toolu_1', name: 'zoom', input: { image: 'image-1', box: [0, 0, 100, 100] } },
      { type: 'tool_use', id: 'toolu_2', name: 'search_catalog', input: {} },
    ]);
    const results = wire[2]?.content as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      type: 'tool_result',
      tool_use_id: 'toolu_1',
      content: [
        { type: 'text', text: 'Zoomed.' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png' } },
      ],
    });
    expect(results[0]?.is_error).toBeUndefined();
    expect(results[1]).toEqual({
      type: 'tool_result',
      tool_use_id: 'toolu_2',
      content: [{ type: 'text', text: 'arguments are not valid JSON' }],
      is_error: true,
    });

    expect(response.message).toEqual({
      role: 'assistant',
      content: 'It is cobalt.',
      toolCalls: [{ id: 'toolu_3', name: 'search_catalog', arguments: '{"query":"cobalt skirt"}' }],
    });
    expect(response.finishReason).toBe('tool_calls');
    // Cached prompt tokens count as input.
    expect(response.usage).toEqual({ inputTokens: 2195, outputTokens: 503 });
    expect(response.model).toBe('claude-sonnet-4-6');
    expect(model).toMatchObject({ kind: 'model', label: 'anthropic:claude-sonnet-4-6', boxFormat: 'pixels' });
  });

  it('defaults max_tokens to 1024 and maps the other tool choices and stop reasons', async () => {
    const model = createAnthropicChatModel(settings);
    const tools = [{ name: 'zoom', description: 'Crop.', parameters: { type: 'object' } }];
    server.reply(
      { json: message({ content: [{ type: 'text', text: 'Cut short' }], stopReason: 'max_tokens' }) },
      { json: message({ content: [{ type: 'text', text: 'Done.' }], stopReason: 'end_turn' }) },
      { json: message({ content: [], stopReason: 'refusal' }) },
    );
    const cut = await model.complete({ ...HELLO, tools, toolChoice: { name: 'zoom' } });
    const done = await model.complete({ ...HELLO, tools, toolChoice: 'none' });
    const refused = await model.complete({ ...HELLO, tools, toolChoice: 'auto' });

    expect(server.requests.map((request) => request.body.max_tokens)).toEqual([1024, 1024, 1024]);
    expect(server.requests.map((request) => request.body.tool_choice)).toEqual([
      { type: 'tool', name: 'zoom' },
      { type: 'none' },
      { type: 'auto' },
    ]);
    expect([cut.finishReason, done.finishReason, refused.finishReason]).toEqual([
      'length',
      'stop',
      'content_filter',
    ]);
  });

  it('streams text to onText and assembles tool input from input_json_delta', async () => {
    const model = createAnthropicChatModel(settings);
    server.reply({ events: textStream(['Cobalt ', 'blue.']) }, { events: toolUseStream() });
    const deltas: string[] = [];
    const text = await model.complete(HELLO, { onText: (delta) => deltas.push(delta) });
    expect(server.requests[0]?.body.stream).toBe(true);
    expect(deltas).toEqual(['Cobalt ', 'blue.']);
    expect(text).toMatchObject({
      message: { content: 'Cobalt blue.', toolCalls: [] },
      finishReason: 'stop',
      usage: { inputTokens: 25, outputTokens: 15 },
      model: 'claude-sonnet-4-6',
    });

    const tool = await model.complete(HELLO, { onText: () => {} });
    expect(tool.message).toEqual({
      role: 'assistant',
      content: 'Let me zoom in.',
      toolCalls: [
        {
          id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
          name: 'zoom',
          arguments: '{"image": "image-1", "box": [10, 20, 300, 400]}',
        },
      ],
    });
    expect(tool.finishReason).toBe('tool_calls');
    expect(tool.usage.outputTokens).toBe(89);
  });

  it('maps 429 with Retry-After, 529 overloaded, 401 without the key, and timeouts', async () => {
    const model = createAnthropicChatModel(settings);
    server.reply(
      {
        status: 429,
        headers: { 'retry-after': '12' },
        json: errorBody('rate_limit_error', 'Number of requests has exceeded your rate limit.'),
      },
      { status: 529, json: errorBody('overloaded_error', 'Overloaded') },
      { status: 401, json: errorBody('authentication_error', `invalid x-api-key ${SECRET}`) },
    );
    const limited = await failure(model.complete(HELLO));
    expect(limited).toMatchObject({
      code: 'MODEL_RATE_LIMITED',
      retryable: true,
      status: 429,
      retryAfterMs: 12_000,
    });
    expect(limited.message).toContain('exceeded your rate limit');

    const overloaded = await failure(model.complete(HELLO));
    expect(overloaded).toMatchObject({ code: 'MODEL_REQUEST_FAILED', retryable: true, status: 529 });

    const refused = await failure(model.complete(HELLO));
    expect(refused).toMatchObject({ retryable: false, status: 401 });
    expect(refused.hint).toContain('ANTHROPIC_API_KEY');
    expect(JSON.stringify(refused.toJSON())).not.toContain(SECRET);

    const slow = createAnthropicChatModel({ ...settings, timeoutMs: 300 });
    server.reply({ hang: 'before-headers' });
    expect(await failure(slow.complete(HELLO))).toMatchObject({ code: 'MODEL_TIMEOUT', retryable: true });
    server.reply({ hang: 'mid-stream', events: textStream(['Cob']).slice(0, 4) });
    expect(await failure(slow.complete(HELLO, { onText: () => {} }))).toMatchObject({
      code: 'MODEL_TIMEOUT',
    });
  });

  it('reports an error event in the middle of a stream as retryable', async () => {
    const model = createAnthropicChatModel(settings);
    const events = textStream(['Cob']).slice(0, 4);
    events.push(`event: error\ndata: ${JSON.stringify(errorBody('overloaded_error', 'Overloaded'))}\n\n`);
    server.reply({ events });
    const error = await failure(model.complete(HELLO, { onText: () => {} }));
    expect(error).toMatchObject({ code: 'MODEL_REQUEST_FAILED', retryable: true });
    expect(error.message).toContain('Overloaded');
  });

  it('refuses a body that is not a message with MODEL_RESPONSE_INVALID', async () => {
    const model = createAnthropicChatModel(settings);
    server.reply({ json: { type: 'message', role: 'assistant' } });
    expect(await failure(model.complete(HELLO))).toMatchObject({
      code: 'MODEL_RESPONSE_INVALID',
      retryable: false,
    });
  });
});
