import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRequest, Message } from '../../core/index.ts';
import { ModelCallError } from '../model-call-error.ts';
import { type ModelSettings, resolveModelSettings } from '../model-settings.ts';
import { createOpenAiChatModel } from './openai-chat-model.ts';
import { completion, errorBody, textStream, toolCallStream } from './test-support/openai-fixtures.ts';
import { type RecordingServer, startRecordingServer } from './test-support/recording-server.ts';

const SECRET = 'sk-test-4f9c2a7be81d44c0a9secret';

async function photo(width: number, height: number): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#e7dccb"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#b3202a"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

async function decodeDataUrl(url: unknown): Promise<{ mediaType: string; width: number; height: number }> {
  const match = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+=*)$/.exec(String(url));
  if (match === null) throw new Error(`not a base64 data URL: ${String(url).slice(0, 40)}`);
  const metadata = await sharp(Buffer.from(match[2] as string, 'base64')).metadata();
  return { mediaType: match[1] as string, width: metadata.width, height: metadata.height };
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

describe('OpenAI chat model', () => {
  let server: RecordingServer;
  let compatible: ModelSettings;

  beforeEach(async () => {
    server = await startRecordingServer();
    compatible = {
      ...resolveModelSettings(
        `openai-compatible:${server.url}/v1#Qwen/Qwen2.5-VL-7B-Instruct`,
        undefined,
        {},
      ),
      imagePolicy: { maxSide: 512, maxPixels: 512 * 512, format: 'jpeg', quality: 85 },
      maxRetries: 0,
    };
  });
  afterEach(async () => {
    await server.close();
  });

  it('moves tool images into a user message after the tool messages, and sends the options on the wire', async () => {
    const model = createOpenAiChatModel(compatible);
    const messages: Message[] = [
      { role: 'system', content: 'You are a stylist.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is on the skirt?' },
          { type: 'image', mediaType: 'image/png', data: await photo(1600, 800), name: 'image-1' },
        ],
      },
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          { id: 'call_1', name: 'zoom', arguments: '{"image":"image-1","box":[0,0,400,400]}' },
          { id: 'call_2', name: 'search_catalog', arguments: '{"query":"red skirt"}' },
        ],
      },
      {
        role: 'tool',
        toolCallId: 'call_1',
        toolName: 'zoom',
        content: [
          { type: 'text', text: 'Zoomed into image-1.' },
          { type: 'image', mediaType: 'image/png', data: await photo(400, 400), name: 'zoom-1' },
        ],
      },
      {
        role: 'tool',
        toolCallId: 'call_2',
        toolName: 'search_catalog',
        content: [{ type: 'text', text: '3 results' }],
      },
    ];
    server.reply({
      json: completion({
        content: null,
        // Malformed on purpose: the adapter keeps what the model wrote.
        toolCalls: [{ id: 'call_9', name: 'zoom', arguments: '{"image": "zoom-1", "box": [1, 2,' }],
        model: 'Qwen/Qwen2.5-VL-7B-Instruct',
      }),
    });
    const response = await model.complete({
      messages,
      tools: [
        { name: 'zoom', description: 'Crop an image.', parameters: { type: 'object', properties: {} } },
      ],
      toolChoice: { name: 'zoom' },
      temperature: 0.2,
      topP: 0.9,
      maxTokens: 300,
      seed: 42,
      responseFormat: 'json',
      stop: ['</answer>'],
    });

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBeUndefined();
    const body = request.body;
    expect(body).toMatchObject({
      model: 'Qwen/Qwen2.5-VL-7B-Instruct',
      tools: [
        {
          type: 'function',
          function: { name: 'zoom', description: 'Crop an image.', parameters: { type: 'object' } },
        },
      ],
      tool_choice: { type: 'function', function: { name: 'zoom' } },
      temperature: 0.2,
      top_p: 0.9,
      max_tokens: 300,
      seed: 42,
      response_format: { type: 'json_object' },
      stop: ['</answer>'],
    });
    expect(body.max_completion_tokens).toBeUndefined();
    expect(body.stream).toBeUndefined();

    const wire = body.messages as Array<Record<string, unknown>>;
    expect(wire.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'tool',
      'user',
    ]);
    expect(wire[2]).toMatchObject({
      content: null,
      tool_calls: [
        {
          id: 'call_1',
          type: 'function',
          function: { name: 'zoom', arguments: '{"image":"image-1","box":[0,0,400,400]}' },
        },
        { id: 'call_2', type: 'function', function: { name: 'search_catalog' } },
      ],
    });
    expect(wire[3]).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: 'Zoomed into image-1.\n(attached below as image zoom-1)',
    });
    expect(wire[4]).toEqual({ role: 'tool', tool_call_id: 'call_2', content: '3 results' });

    const userParts = wire[1]?.content as Array<Record<string, { url?: string }>>;
    const original = await decodeDataUrl(userParts[1]?.image_url?.url);
    // 1600×800 under maxSide 512 → 512×256, re-encoded as the policy's JPEG.
    expect(original).toEqual({ mediaType: 'image/jpeg', width: 512, height: 256 });

    const carrier = wire[5]?.content as Array<Record<string, unknown>>;
    expect(carrier[0]).toEqual({ type: 'text', text: 'Image zoom-1 (from zoom):' });
    expect(carrier[1]?.type).toBe('image_url');
    expect(await decodeDataUrl((carrier[1]?.image_url as { url?: string } | undefined)?.url)).toEqual({
      mediaType: 'image/jpeg',
      width: 400,
      height: 400,
    });

    expect(response.message).toEqual({
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 'call_9', name: 'zoom', arguments: '{"image": "zoom-1", "box": [1, 2,' }],
    });
    expect(response.finishReason).toBe('tool_calls');
    expect(response.usage).toEqual({ inputTokens: 1117, outputTokens: 46 });
    expect(response.model).toBe('Qwen/Qwen2.5-VL-7B-Instruct');
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(model).toMatchObject({
      kind: 'model',
      id: `openai-compatible:${server.url}/v1#Qwen/Qwen2.5-VL-7B-Instruct`,
      label: `openai-compatible:${server.url}/v1#Qwen/Qwen2.5-VL-7B-Instruct`,
      boxFormat: 'pixels',
    });
  });

  it('talks to openai: with the bearer key, max_completion_tokens and the configured defaults', async () => {
    const settings = resolveModelSettings('openai:gpt-4o', undefined, {
      OPENAI_API_KEY: SECRET,
      OPENAI_BASE_URL: `${server.url}/v1`,
    });
    const model = createOpenAiChatModel({
      ...settings,
      defaults: { temperature: 0, maxTokens: 64, seed: 3 },
      headers: { 'X-Team': 'vision' },
      boxFormat: 'normalized-1000',
    });
    server.reply({ json: completion({ content: 'Hi! How can I help?' }) });
    const response = await model.complete({ ...HELLO, toolChoice: 'required' });

    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(request.headers['x-team']).toBe('vision');
    expect(request.body).toMatchObject({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello' }],
      temperature: 0,
      max_completion_tokens: 64,
      seed: 3,
    });
    // No tools were offered, so no tool_choice goes out either.
    expect(request.body.tool_choice).toBeUndefined();
    expect(request.body.max_tokens).toBeUndefined();
    expect(response.message.content).toBe('Hi! How can I help?');
    expect(response.finishReason).toBe('stop');
    expect(response.model).toBe('gpt-4o-2024-08-06');
    expect(model.boxFormat).toBe('normalized-1000');
  });

  it('streams text to onText and returns the whole answer with its usage', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({ events: textStream(['The skirt ', 'has a ', 'red dot.']) });
    const deltas: string[] = [];
    const response = await model.complete(HELLO, { onText: (delta) => deltas.push(delta) });

    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(deltas).toEqual(['The skirt ', 'has a ', 'red dot.']);
    expect(response.message).toEqual({
      role: 'assistant',
      content: 'The skirt has a red dot.',
      toolCalls: [],
    });
    expect(response.finishReason).toBe('stop');
    expect(response.usage).toEqual({ inputTokens: 31, outputTokens: 9 });
    expect(response.model).toBe('gpt-4o-mini-2024-07-18');
  });

  it('assembles streamed tool calls from interleaved deltas by index', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({ events: toolCallStream() });
    const response = await model.complete(HELLO, { onText: () => {} });
    expect(response.message.toolCalls).toEqual([
      {
        id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA',
        name: 'zoom',
        arguments: '{"image":"image-1","box":[10,20,300,400]}',
      },
      { id: 'call_8Ymnwkq1v3', name: 'search_catalog', arguments: '{"query":"red skirt"}' },
    ]);
    expect(response.finishReason).toBe('tool_calls');
  });

  it('maps 429 with Retry-After to a retryable MODEL_RATE_LIMITED with the wait', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({
      status: 429,
      headers: { 'retry-after': '7' },
      json: errorBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
    });
    const error = await failure(model.complete(HELLO));
    expect(error).toMatchObject({
      code: 'MODEL_RATE_LIMITED',
      retryable: true,
      status: 429,
      retryAfterMs: 7000,
      endpoint: `${server.url}/v1`,
    });
    expect(error.message).toContain('Rate limit reached');
    // Our retry layer retries, not the SDK: one request only.
    expect(server.requests).toHaveLength(1);
  });

  it('maps 500 to a retryable MODEL_REQUEST_FAILED', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({
      status: 500,
      json: errorBody('The server had an error while processing your request.', 'server_error', null),
    });
    const error = await failure(model.complete(HELLO));
    expect(error).toMatchObject({ code: 'MODEL_REQUEST_FAILED', retryable: true, status: 500 });
  });

  it('maps 401 to a final error that names the key variable and never the key', async () => {
    const settings = resolveModelSettings('openai:gpt-4o', undefined, {
      OPENAI_API_KEY: SECRET,
      OPENAI_BASE_URL: `${server.url}/v1`,
    });
    const model = createOpenAiChatModel(settings);
    server.reply({
      status: 401,
      json: errorBody(
        `Incorrect API key provided: ${SECRET}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key',
      ),
    });
    const error = await failure(model.complete(HELLO));
    expect(error).toMatchObject({ code: 'MODEL_REQUEST_FAILED', retryable: false, status: 401 });
    expect(error.hint).toContain('OPENAI_API_KEY');
    expect(JSON.stringify(error.toJSON())).not.toContain(SECRET);
    expect(JSON.stringify(error.toJSON())).not.toContain('4f9c2a7b');
    expect(error.cause).toBeUndefined();
  });

  it('says to check the model name on 404 and keeps 400 final', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply(
      {
        status: 404,
        json: errorBody('The model `Qwen/Qwen2.5-VL-7B-Instruct` does not exist.', 'NotFoundError', null),
      },
      { status: 400, json: errorBody('Images are not supported by this model.', 'BadRequestError', null) },
    );
    const missing = await failure(model.complete(HELLO));
    expect(missing).toMatchObject({ status: 404, retryable: false });
    expect(missing.hint).toContain('"Qwen/Qwen2.5-VL-7B-Instruct"');
    const refused = await failure(model.complete(HELLO));
    expect(refused).toMatchObject({ status: 400, retryable: false });
    expect(refused.message).toContain('Images are not supported');
  });

  it('times out with a retryable MODEL_TIMEOUT, before headers and in the middle of a stream', async () => {
    const model = createOpenAiChatModel({ ...compatible, timeoutMs: 300 });
    server.reply({ hang: 'before-headers' });
    const silent = await failure(model.complete(HELLO));
    expect(silent).toMatchObject({ code: 'MODEL_TIMEOUT', retryable: true });

    server.reply({ hang: 'mid-stream', events: textStream(['The skirt ']).slice(0, 2) });
    const deltas: string[] = [];
    const stalled = await failure(model.complete(HELLO, { onText: (delta) => deltas.push(delta) }));
    expect(stalled).toMatchObject({ code: 'MODEL_TIMEOUT', retryable: true });
    expect(deltas).toEqual(['The skirt ']);
  });

  it('reports a caller abort as a final INTERRUPTED', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({ hang: 'before-headers' });
    const controller = new AbortController();
    const pending = model.complete(HELLO, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).toMatchObject({ code: 'INTERRUPTED', retryable: false });
  });

  it('refuses answers that are not chat completions with MODEL_RESPONSE_INVALID', async () => {
    const model = createOpenAiChatModel(compatible);
    server.reply({ json: { id: 'x', object: 'chat.completion', choices: [] } }, { json: '{"choices": [' });
    const empty = await failure(model.complete(HELLO));
    expect(empty).toMatchObject({ code: 'MODEL_RESPONSE_INVALID', retryable: false });
    expect(empty.message).toContain('no choices');
    const broken = await failure(model.complete(HELLO));
    expect(broken).toMatchObject({ code: 'MODEL_RESPONSE_INVALID' });
  });

  it('reports a server that is not there as a retryable MODEL_REQUEST_FAILED', async () => {
    const gone = await startRecordingServer();
    await gone.close();
    const model = createOpenAiChatModel(
      resolveModelSettings(`openai-compatible:${gone.url}/v1#m`, undefined, {}),
    );
    const error = await failure(model.complete(HELLO));
    expect(error).toMatchObject({ code: 'MODEL_REQUEST_FAILED', retryable: true });
    expect(error.message).toContain('cannot reach');
  });
});
