import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResponse } from '../core/index.ts';
import type { ChatModel } from '../models/index.ts';
import { createApp } from './app.ts';
import { parseEventStream, type StreamedEvent } from './test-support/event-stream.ts';
import { createServerTestHome, type ServerTestHome } from './test-support/server-test-home.ts';

let world: ServerTestHome;
let app: ReturnType<typeof createApp>;
let png: Buffer;

/** A model that zooms into the first upload once, then answers: a crop card with a box to show. */
function zoomingModel(): ChatModel {
  return {
    id: 'zoomer',
    kind: 'model',
    label: 'zoomer',
    boxFormat: 'pixels',
    async complete(request: ChatRequest, options): Promise<ChatResponse> {
      const zoomed = request.messages.some((message) => message.role === 'tool');
      const content = zoomed ? 'The corner is blue.' : '';
      if (content) options?.onText?.(content);
      return {
        message: {
          role: 'assistant',
          content,
          toolCalls: zoomed
            ? []
            : [
                {
                  id: 'call-1',
                  name: 'zoom',
                  arguments: JSON.stringify({ image: 'image-1', box: [0, 0, 40, 40] }),
                },
              ],
        },
        finishReason: zoomed ? 'stop' : 'tool_calls',
        usage: { inputTokens: 10, outputTokens: 5 },
        latencyMs: 1,
        model: 'zoomer',
      };
    },
  };
}

/** A model that answers at once and keeps what it was sent, to check what reaches a model. */
const received: ChatRequest[] = [];
function recordingModel(): ChatModel {
  return {
    id: 'recorder',
    kind: 'model',
    label: 'recorder',
    boxFormat: 'pixels',
    async complete(request: ChatRequest): Promise<ChatResponse> {
      // The loop appends to the same array after the call, so keep a copy of what was sent.
      received.push({ ...request, messages: [...request.messages] });
      return {
        message: { role: 'assistant', content: 'noted', toolCalls: [] },
        finishReason: 'stop',
        usage: { inputTokens: 1, outputTokens: 1 },
        latencyMs: 1,
        model: 'recorder',
      };
    },
  };
}

beforeAll(async () => {
  world = await createServerTestHome({ index: true });
  png = await sharp({ create: { width: 160, height: 120, channels: 3, background: '#2040c0' } })
    .png()
    .toBuffer();
  app = createApp({
    store: world.store,
    search: world.engine!,
    chat: {
      models: ['rules', 'zoomer', 'recorder'],
      createModel: async (name) => {
        if (name === 'zoomer') return zoomingModel();
        if (name === 'recorder') return recordingModel();
        return (await import('../models/index.ts')).createModel(name);
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const chat = (body: unknown) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function events(body: unknown): Promise<StreamedEvent[]> {
  const response = await chat(body);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  return parseEventStream(await response.text());
}

const data = <T>(list: StreamedEvent[], name: string) =>
  list.filter((event) => event.event === name).map((event) => event.data as T);

describe('POST /api/chat', () => {
  it('streams a rules-model turn: a search card with result images, text and the final answer', async () => {
    const assets = (await (await app.request('/api/assets?limit=1')).json()) as {
      items: { category: string }[];
    };
    const list = await events({ message: `find a ${assets.items[0]!.category}` });
    expect(list[0]!.event).toBe('start');
    expect(data<{ model: string }>(list, 'start')[0]!.model).toBe('rules');
    const [started] = data<{ name: string; arguments: string }>(list, 'tool-start');
    expect(started!.name).toBe('search_catalog');
    expect(JSON.parse(started!.arguments)).toHaveProperty('text');
    const [ended] = data<{
      name: string;
      ok: boolean;
      resultText: string;
      images: { name: string; url: string; origin: { kind: string } }[];
    }>(list, 'tool-end');
    expect(ended!.ok).toBe(true);
    expect(ended!.resultText.length).toBeGreaterThan(10);
    expect(ended!.images.length, ended!.resultText).toBeGreaterThan(0);
    expect(ended!.images[0]!.url).toMatch(/^\/api\/blobs\/[0-9a-f]{64}$/);
    expect(ended!.images[0]!.origin.kind).toBe('catalog');
    const done = data<{ answer: string; stopReason: string; traceId: string }>(list, 'done');
    expect(done).toHaveLength(1);
    expect(list.at(-1)!.event).toBe('done');
    expect(done[0]!.stopReason).toBe('answered');
    expect(done[0]!.answer.length).toBeGreaterThan(0);
    const streamed = data<{ delta: string }>(list, 'text')
      .map((event) => event.delta)
      .join('');
    expect(streamed).toContain(done[0]!.answer);

    const traces = (await (await app.request('/api/traces')).json()) as { traces: { id: string }[] };
    expect(traces.traces.map((trace) => trace.id)).toContain(done[0]!.traceId);
    const trace = (await (await app.request(`/api/traces/${done[0]!.traceId}`)).json()) as {
      answer: string;
      events: { kind: string }[];
    };
    expect(trace.answer).toBe(done[0]!.answer);
    expect(trace.events.map((event) => event.kind)).toContain('tool');
  });

  it('takes an uploaded image and shows a zoom card with its box on the source image', async () => {
    const list = await events({
      model: 'zoomer',
      message: 'what colour is the corner?',
      images: [{ base64: `data:image/png;base64,${png.toString('base64')}` }],
    });
    const [start] = data<{ images: { name: string; width: number; url: string }[] }>(list, 'start');
    expect(start!.images).toEqual([expect.objectContaining({ name: 'image-1', width: 160 })]);
    const [ended] = data<{
      name: string;
      images: {
        name: string;
        url: string;
        origin: { kind: string; source: string; box: number[] };
        source: { name: string; url: string };
      }[];
    }>(list, 'tool-end');
    expect(ended!.name).toBe('zoom');
    const crop = ended!.images[0]!;
    expect(crop.origin).toMatchObject({ kind: 'crop', source: 'image-1', box: [0, 0, 40, 40] });
    expect(crop.source.url).toBe(start!.images[0]!.url);
    const cropBytes = Buffer.from(await (await app.request(crop.url)).arrayBuffer());
    expect((await sharp(cropBytes).metadata()).width).toBeGreaterThan(0);
    const [done] = data<{ answer: string }>(list, 'done');
    expect(done!.answer).toBe('The corner is blue.');
  });

  it('attaches catalog items by asset id', async () => {
    const item = ((await (await app.request('/api/assets?limit=1')).json()) as { items: { id: string }[] })
      .items[0]!;
    const list = await events({ model: 'zoomer', message: 'zoom in', images: [{ assetId: item.id }] });
    expect(data<{ images: { name: string }[] }>(list, 'start')[0]!.images[0]!.name).toBe(item.id);
  });

  it('passes earlier turns to the model as text, with images only on the new message', async () => {
    received.length = 0;
    const list = await events({
      model: 'recorder',
      message: 'and in black?',
      images: [{ base64: png.toString('base64') }],
      history: [
        { role: 'user', text: 'find a navy skirt' },
        { role: 'assistant', text: 'Here are three navy skirts.' },
        { role: 'assistant', text: '' },
      ],
    });
    expect(data<{ answer: string }>(list, 'done')[0]!.answer).toBe('noted');
    const messages = received[0]!.messages;
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[1]).toEqual({ role: 'user', content: [{ type: 'text', text: 'find a navy skirt' }] });
    expect(messages[2]).toMatchObject({ role: 'assistant', content: 'Here are three navy skirts.' });
    const current = messages[3]!;
    expect(current.role === 'user' && current.content.map((part) => part.type)).toEqual(['text', 'image']);
  });

  it.each([
    [
      'a non-image upload',
      { message: 'hi', images: [{ base64: Buffer.from('not an image').toString('base64') }] },
      400,
      'IMAGE_DECODE_FAILED',
    ],
    [
      'a model the server does not offer',
      { message: 'hi', model: 'openai-compatible:http://169.254.169.254/v1#x' },
      400,
      'INVALID_ARGUMENT',
    ],
    ['an unknown board', { message: 'hi', board: 'nobody' }, 404, 'NOT_FOUND'],
    ['an unknown asset', { message: 'hi', images: [{ assetId: 'item-999999' }] }, 404, 'NOT_FOUND'],
    ['an image by path', { message: 'hi', images: [{ path: '/etc/passwd' }] }, 400, 'INVALID_ARGUMENT'],
    ['no message', { images: [] }, 400, 'INVALID_ARGUMENT'],
    [
      'too long a history',
      { message: 'hi', history: Array.from({ length: 41 }, () => ({ role: 'user', text: 'x' })) },
      400,
      'INVALID_ARGUMENT',
    ],
    [
      'a history turn with a tool role',
      { message: 'hi', history: [{ role: 'tool', text: 'x' }] },
      400,
      'INVALID_ARGUMENT',
    ],
    ['not JSON', '{"message": ', 400, 'INVALID_ARGUMENT'],
  ])('rejects %s before streaming, with a clear JSON error', async (_, body, status, code) => {
    const response = await chat(body);
    expect(response.status).toBe(status);
    const parsed = (await response.json()) as { error: { code: string; message: string; hint: string } };
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message.length).toBeGreaterThan(5);
    expect(parsed.error.hint.length).toBeGreaterThan(5);
  });

  it('refuses bodies over the size limit', async () => {
    const response = await chat({ message: 'x', images: [{ base64: 'A'.repeat(17 * 1024 * 1024) }] });
    expect(response.status).toBe(413);
  });

  it('lists the models a chat may name', async () => {
    const body = (await (await app.request('/api/models')).json()) as {
      default: string;
      models: { name: string; kind: string }[];
    };
    expect(body.default).toBe('rules');
    // The rules baseline is labelled as one; the test's config names count as models.
    expect(body.models).toEqual([
      { name: 'rules', kind: 'baseline' },
      { name: 'zoomer', kind: 'model' },
      { name: 'recorder', kind: 'model' },
    ]);
  });
});

describe('GET /api/traces/:id', () => {
  it('is a 404 for an unknown trace', async () => {
    expect((await app.request('/api/traces/tr-nope')).status).toBe(404);
  });
});
