import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockScriptInput } from './mock-script.ts';
import { type MockServer, startMockServer } from './start-mock-server.ts';

const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(script: MockScriptInput, options: { port?: number } = {}): Promise<MockServer> {
  const server = await startMockServer({ script, ...options });
  servers.push(server);
  return server;
}

const clientFor = (server: MockServer) =>
  new OpenAI({ baseURL: server.url, apiKey: 'test-key', maxRetries: 0 });

/** Waits until the server has logged `count` requests, so a test acts after the server saw them. */
async function untilRecorded(server: MockServer, count: number): Promise<void> {
  while (server.requestCount() < count) await new Promise((resolve) => setImmediate(resolve));
}

describe('startMockServer with the openai client', () => {
  it('serves a completion with tool calls that the real client parses', async () => {
    const server = await start({
      steps: [{ respond: { text: 'Let me look.', toolCalls: [{ name: 'zoom', arguments: '{"k": 3,' }] } }],
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const completion = await clientFor(server).chat.completions.create({
      model: 'mock-vlm',
      messages: [{ role: 'user', content: 'what is on the sleeve?' }],
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('mock-vlm');
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBe('Let me look.');
    expect(choice?.message.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'zoom', arguments: '{"k": 3,' } },
    ]);
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );
    expect(server.requests()[0]?.headers.authorization).toBeUndefined();
  });

  it('streams text and tool-call fragments that the stream iterator reassembles', async () => {
    const server = await start({
      steps: [
        { respond: { text: 'A navy pleated skirt.', chunks: 4 } },
        {
          respond: {
            toolCalls: [
              { name: 'search_catalog', arguments: { text: 'navy skirt', k: 5 } },
              { name: 'zoom', arguments: '{"box": [1, 2,' },
            ],
          },
        },
      ],
    });
    const client = clientFor(server);
    const messages = [{ role: 'user' as const, content: 'find me a skirt' }];

    const textStream = await client.chat.completions.create({
      model: 'mock-vlm',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const pieces: string[] = [];
    let finish: string | null | undefined;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of textStream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      const choice = chunk.choices[0];
      if (choice?.delta.content) pieces.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(pieces).toHaveLength(4);
    expect(pieces.join('')).toBe('A navy pleated skirt.');
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBeGreaterThan(0);

    const toolStream = await client.chat.completions.create({ model: 'mock-vlm', messages, stream: true });
    const calls: { id?: string; name?: string; arguments: string }[] = [];
    let argumentFragments = 0;
    for await (const chunk of toolStream) {
      expect(chunk.usage ?? null).toBeNull();
      const choice = chunk.choices[0];
      if (choice?.finish_reason) finish = choice.finish_reason;
      for (const delta of choice?.delta.tool_calls ?? []) {
        calls[delta.index] ??= { arguments: '' };
        const call = calls[delta.index] as { id?: string; name?: string; arguments: string };
        if (delta.id) call.id = delta.id;
        if (delta.function?.name) call.name = delta.function.name;
        if (delta.function?.arguments) {
          call.arguments += delta.function.arguments;
          argumentFragments += 1;
        }
      }
    }
    expect(finish).toBe('tool_calls');
    expect(calls).toEqual([
      { id: 'call_1', name: 'search_catalog', arguments: '{"text":"navy skirt","k":5}' },
      { id: 'call_2', name: 'zoom', arguments: '{"box": [1, 2,' },
    ]);
    expect(argumentFragments).toBeGreaterThan(2);
  });

  it('the client helper that accumulates a stream builds the same message as a non-streamed call', async () => {
    const respond = { text: 'Here:', toolCalls: [{ name: 'zoom', arguments: { box: [0, 0, 5, 5] } }] };
    const server = await start({ steps: [{ times: 2, respond }] });
    const client = clientFor(server);
    const request = { model: 'mock-vlm', messages: [{ role: 'user' as const, content: 'zoom' }] };
    const whole = await client.chat.completions.create(request);
    server.reset();
    const streamed = await client.chat.completions.stream({ ...request, stream: true }).finalChatCompletion();
    expect(streamed.choices[0]?.message).toMatchObject({
      content: whole.choices[0]?.message.content,
      tool_calls: whole.choices[0]?.message.tool_calls,
    });
    expect(streamed.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('streams slowly with chunkDelayMs', async () => {
    const server = await start({ steps: [{ respond: { text: 'one two three', chunkDelayMs: 5 } }] });
    const stream = await clientFor(server).chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
    });
    const pieces: string[] = [];
    for await (const chunk of stream)
      if (chunk.choices[0]?.delta.content) pieces.push(chunk.choices[0].delta.content);
    expect(pieces).toEqual(['one ', 'two ', 'three']);
  });

  it('the real client reads a 429 with its Retry-After and a scripted 500', async () => {
    const server = await start({
      steps: [
        { respond: { rateLimit: { retryAfterSeconds: 3 } } },
        { respond: { error: { status: 503, message: 'overloaded' } } },
      ],
    });
    const client = clientFor(server);
    const request = { model: 'm', messages: [{ role: 'user' as const, content: 'x' }] };
    const limited = await client.chat.completions.create(request).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('3');
    const failed = await client.chat.completions.create(request).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(OpenAI.InternalServerError);
    expect((failed as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
    expect((failed as InstanceType<typeof OpenAI.APIError>).message).toMatch(/overloaded/);
  });
});

describe('hanging requests and closing', () => {
  it('a hang times the client out, and close() ends the server promptly afterwards', async () => {
    const server = await start({ steps: [{ forever: true, respond: { hang: true } }] });
    const failure = await clientFor(server)
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, { timeout: 200 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    await server.close();
  });

  it('a client abort ends the hang; a hang still open when the server closes is ended too', async () => {
    const server = await start({ steps: [{ forever: true, respond: { hang: true } }] });
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
    const controller = new AbortController();
    const aborted = fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      body,
      signal: controller.signal,
    });
    await untilRecorded(server, 1);
    controller.abort();
    await expect(aborted).rejects.toThrow();

    const stillOpen = fetch(`${server.url}/chat/completions`, { method: 'POST', body }).catch(
      (error: unknown) => error,
    );
    await untilRecorded(server, 2);
    await server.close();
    expect(await stillOpen).toBeInstanceOf(Error);
  });

  it('close() also ends a long delay and a slow stream in progress', async () => {
    const server = await start({
      steps: [
        { respond: { text: 'never sent', delayMs: 600_000 } },
        { respond: { text: 'a b c d', chunkDelayMs: 600_000 } },
      ],
    });
    const body = (stream: boolean) =>
      JSON.stringify({ model: 'm', stream, messages: [{ role: 'user', content: 'x' }] });
    const delayed = fetch(`${server.url}/chat/completions`, { method: 'POST', body: body(false) }).catch(
      (error: unknown) => error,
    );
    await untilRecorded(server, 1);
    const slow = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: body(true) });
    expect(slow.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = slow.text().catch((error: unknown) => error);
    await server.close();
    expect(await delayed).toBeInstanceOf(Error);
    expect(await reading).toBeInstanceOf(Error);
  });

  it('says clearly when the port is taken', async () => {
    const first = await start({ steps: [] });
    await expect(start({ steps: [] }, { port: first.port })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: `port ${first.port} on 127.0.0.1 is already in use`,
    });
  });
});
