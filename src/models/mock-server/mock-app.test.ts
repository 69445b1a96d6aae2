import { afterEach, describe, expect, it } from 'vitest';
import type { MockScriptInput } from './mock-script.ts';
import { type MockServer, startMockServer } from './start-mock-server.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(script: MockScriptInput): Promise<MockServer> {
  server = await startMockServer({ script });
  return server;
}

interface WireMessage {
  role: string;
  content?: unknown;
  tool_calls?: unknown[];
  tool_call_id?: string;
}

async function chat(
  mock: MockServer,
  messages: WireMessage[],
  extra: Record<string, unknown> = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${mock.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer secret-key', 'x-trace': 'abc' },
    body: JSON.stringify({ model: 'mock-vlm', messages, ...extra }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const user = (text: string): WireMessage => ({ role: 'user', content: text });

function contentOf(body: Record<string, unknown>): unknown {
  const choices = body.choices as { message: { content: unknown } }[];
  return choices[0]?.message.content;
}

describe('mock server script', () => {
  it('answers in step order and then says the script is exhausted, with a status clients do not retry', async () => {
    const mock = await start({ steps: [{ respond: { text: 'first' } }, { respond: { text: 'second' } }] });
    const first = await chat(mock, [user('hi')]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      object: 'chat.completion',
      model: 'mock-vlm',
      choices: [{ index: 0, message: { role: 'assistant', content: 'first' }, finish_reason: 'stop' }],
    });
    expect(contentOf((await chat(mock, [user('hi')])).body)).toBe('second');

    const exhausted = await chat(mock, [user('hi')]);
    expect(exhausted.status).toBe(400);
    expect(exhausted.body).toMatchObject({
      error: { type: 'invalid_request_error', code: 'mock_script_exhausted' },
    });
    expect((exhausted.body.error as { message: string }).message).toMatch(
      /^mock script exhausted: .*request 3/,
    );
  });

  it('chooses the first step whose match holds; times and forever set how often a step answers', async () => {
    const mock = await start({
      steps: [
        { match: { lastUserContains: 'skirt' }, times: 2, respond: { text: 'skirt answer' } },
        { match: { hasImages: true }, forever: true, respond: { text: 'image answer' } },
        { match: { model: 'other-model' }, respond: { text: 'other model' } },
      ],
      default: { text: 'fallback' },
    });
    const image = { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } };
    const answers: unknown[] = [];
    for (const text of ['a red skirt', 'hello', 'skirt again', 'skirt thrice']) {
      answers.push(contentOf((await chat(mock, [user(text)])).body));
    }
    expect(answers).toEqual(['skirt answer', 'fallback', 'skirt answer', 'fallback']);
    for (let index = 0; index < 3; index += 1) {
      const withImage = await chat(mock, [
        { role: 'user', content: [{ type: 'text', text: 'look' }, image] },
      ]);
      expect(contentOf(withImage.body)).toBe('image answer');
    }
    expect(contentOf((await chat(mock, [user('x')], { model: 'other-model' })).body)).toBe('other model');
    expect(mock.requests().map((request) => request.answeredBy)).toEqual([
      0,
      'default',
      0,
      'default',
      1,
      1,
      1,
      2,
    ]);
  });

  it('matches the last role and the tool whose result answers the last assistant turn', async () => {
    const mock = await start({
      steps: [
        {
          match: { lastRole: 'user' },
          respond: { toolCalls: [{ name: 'zoom', arguments: { box: [0, 0, 10, 10] } }] },
        },
        { match: { toolResultFor: 'search_catalog' }, respond: { text: 'from search' } },
        { match: { toolResultFor: 'zoom' }, respond: { text: 'from zoom' } },
      ],
    });
    const first = await chat(mock, [user('zoom in')]);
    const toolCall = (first.body.choices as { message: { tool_calls: { id: string }[] } }[])[0]?.message
      .tool_calls[0];
    expect(toolCall).toEqual({
      id: 'call_1',
      type: 'function',
      function: { name: 'zoom', arguments: '{"box":[0,0,10,10]}' },
    });
    expect(first.body).toMatchObject({
      choices: [{ message: { content: null }, finish_reason: 'tool_calls' }],
    });

    // The crop travels in a user message after the tool message, as the adapter sends it to vLLM.
    const second = await chat(mock, [
      user('zoom in'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'zoom', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'crop attached as zoom-1' },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] },
    ]);
    expect(contentOf(second.body)).toBe('from zoom');
  });

  it('sends malformed tool arguments verbatim and numbers call ids across the conversation', async () => {
    const mock = await start({
      steps: [
        { respond: { toolCalls: [{ name: 'search_catalog', arguments: '{"k": 3,' }, { name: 'zoom' }] } },
        { respond: { text: 'and', toolCalls: [{ id: 'fixed-id', name: 'zoom', arguments: '{}' }] } },
        { respond: { toolCalls: [{ name: 'zoom', arguments: 'not json' }] } },
      ],
    });
    const calls = async () => {
      const { body } = await chat(mock, [user('go')]);
      const message = (body.choices as { message: { content: unknown; tool_calls: unknown[] } }[])[0]
        ?.message;
      return message;
    };
    expect(await calls()).toMatchObject({
      content: null,
      tool_calls: [
        { id: 'call_1', function: { name: 'search_catalog', arguments: '{"k": 3,' } },
        { id: 'call_2', function: { name: 'zoom', arguments: '{}' } },
      ],
    });
    expect(await calls()).toMatchObject({ content: 'and', tool_calls: [{ id: 'fixed-id' }] });
    expect(await calls()).toMatchObject({
      tool_calls: [{ id: 'call_3', function: { arguments: 'not json' } }],
    });
  });

  it('answers 429 with Retry-After and scripted errors in the OpenAI error shape', async () => {
    const mock = await start({
      steps: [
        { respond: { rateLimit: { retryAfterSeconds: 7 } } },
        { respond: { error: { status: 500, message: 'the GPU caught fire' } } },
        { respond: { error: { status: 401, message: 'bad key', code: 'invalid_api_key' } } },
      ],
    });
    const limited = await chat(mock, [user('a')]);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toMatchObject({ error: { code: 'rate_limit_exceeded' } });

    const failed = await chat(mock, [user('b')]);
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({
      error: { message: 'the GPU caught fire', type: 'server_error', param: null, code: null },
    });

    const unauthorised = await chat(mock, [user('c')]);
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.body).toMatchObject({ error: { message: 'bad key', code: 'invalid_api_key' } });
  });

  it('echoes the last user text, with usage estimated from the prompt or taken from the script', async () => {
    const mock = await start({
      steps: [
        { respond: { echo: true } },
        { respond: { text: 'x', usage: { prompt_tokens: 11, completion_tokens: 3 } } },
      ],
    });
    const text = 'twelve chars';
    const echoed = await chat(mock, [
      { role: 'system', content: 'sys' },
      {
        role: 'user',
        content: [
          { type: 'text', text },
          { type: 'image_url', image_url: { url: 'https://x/y.png' } },
        ],
      },
    ]);
    expect(contentOf(echoed.body)).toBe(text);
    // 15 characters of text (3 + 12) → 4 tokens, plus 85 for the image.
    expect(echoed.body.usage).toEqual({ prompt_tokens: 89, completion_tokens: 3, total_tokens: 92 });
    const overridden = await chat(mock, [user('y')]);
    expect(overridden.body.usage).toEqual({ prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 });
  });

  it('waits delayMs before answering', async () => {
    const mock = await start({ steps: [{ respond: { text: 'late', delayMs: 30 } }] });
    expect(contentOf((await chat(mock, [user('a')])).body)).toBe('late');
  });

  it('records requests without credentials, lists models, and resets to the first step', async () => {
    const mock = await start({ models: ['mock-vlm', 'mock-small'], steps: [{ respond: { text: 'once' } }] });
    await chat(mock, [user('first')], { temperature: 0.2 });
    expect((await chat(mock, [user('second')])).status).toBe(400);

    const models = (await (await fetch(`${mock.url}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((model) => model.id)).toEqual(['mock-vlm', 'mock-small']);

    const log = (await (await fetch(`${mock.url.replace(/\/v1$/, '')}/_mock/requests`)).json()) as {
      total: number;
      requests: { method: string; path: string; body: unknown; headers: Record<string, string> }[];
    };
    expect(log.total).toBe(3);
    expect(log.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      body: { model: 'mock-vlm', temperature: 0.2, messages: [{ role: 'user', content: 'first' }] },
      headers: { 'x-trace': 'abc' },
    });
    expect(log.requests[0]?.headers.authorization).toBeUndefined();
    expect(log.requests[2]).toMatchObject({ method: 'GET', path: '/v1/models', body: null });

    const reset = await fetch(`${mock.url.replace(/\/v1$/, '')}/_mock/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(mock.requests()).toEqual([]);
    expect(contentOf((await chat(mock, [user('again')])).body)).toBe('once');
    expect(mock.requestCount()).toBe(1);
  });

  it('rejects a body that is not a chat request, naming the field', async () => {
    const mock = await start({ default: { echo: true } });
    const response = await chat(mock, [{ role: 'user', content: 42 }]);
    expect(response.status).toBe(400);
    expect((response.body.error as { message: string }).message).toMatch(
      /^invalid chat\.completions request: messages\[0\]\.content: /,
    );
    const broken = await fetch(`${mock.url}/chat/completions`, { method: 'POST', body: '{"model":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { message: 'the request body is not valid JSON' } });
    const unknown = await fetch(`${mock.url}/embeddings`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
  });
});
