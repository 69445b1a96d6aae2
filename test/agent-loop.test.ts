import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrace, replayTrace, runAgent } from '../src/agent/index.ts';
import type { Message } from '../src/core/index.ts';
import { type ChatModel, createModel, type MockScriptInput, startMockServer } from '../src/models/index.ts';
import {
  addUploadedImage,
  createAssistantTools,
  createConversationImages,
  createImageGenerator,
  type Tool,
} from '../src/tools/index.ts';
import { createTestWorld, type TestWorld } from '../src/tools/test-support/test-world.ts';

/**
 * The assistant loop end to end: a scripted OpenAI-compatible server over real HTTP, the real
 * OpenAI client behind the retry layer, the real tools over an indexed world, traces in SQLite.
 */
let world: TestWorld;
let tools: Tool[];
const PLANTED_KEY = 'sk-planted-0123456789abcdef';

beforeAll(async () => {
  world = await createTestWorld({ index: true, items: 60 });
  tools = createAssistantTools({
    store: world.store,
    search: world.engine!,
    generator: createImageGenerator('world'),
  });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

async function withServer<T>(
  script: MockScriptInput,
  run: (model: ChatModel, server: Awaited<ReturnType<typeof startMockServer>>) => Promise<T>,
  overrides: { timeoutMs?: number; maxRetries?: number } = {},
): Promise<T> {
  const server = await startMockServer({ script });
  try {
    const model = await createModel(`openai-compatible:${server.url}#mock-vlm`, {
      env: { OPENAI_COMPATIBLE_API_KEY: PLANTED_KEY },
      cache: 'off',
      overrides: { timeoutMs: overrides.timeoutMs ?? 10_000, maxRetries: overrides.maxRetries ?? 2 },
    });
    return await run(model, server);
  } finally {
    await server.close();
  }
}

async function uploadCatalogImage() {
  const images = createConversationImages();
  const row = world.store.sqlite.prepare<[], { sha256: string }>('SELECT sha256 FROM assets LIMIT 1').get()!;
  const bytes = await world.store.blobs.read(row.sha256);
  const upload = await addUploadedImage(images, world.store, bytes, { path: 'skirt.png' });
  return { images, upload, bytes };
}

function userTurn(text: string, image?: { bytes: Uint8Array; name: string }): Message[] {
  return [
    { role: 'system', content: 'You are a visual assistant.' },
    {
      role: 'user',
      content: [
        { type: 'text', text },
        ...(image
          ? [{ type: 'image' as const, mediaType: 'image/png', data: image.bytes, name: image.name }]
          : []),
      ],
    },
  ];
}

/** The messages of one recorded request, as the server received them. */
function sentMessages(server: { requests(): { body: unknown }[] }, index: number) {
  const body = server.requests()[index]!.body as { messages: { role: string; content: unknown }[] };
  return body.messages;
}

describe('the assistant loop against a scripted model server', () => {
  it('searches, zooms into the upload and generates an image, then answers; the trace replays identically', async () => {
    const { images, upload, bytes } = await uploadCatalogImage();
    const script: MockScriptInput = {
      steps: [
        {
          match: { lastRole: 'user' },
          respond: {
            text: 'Let me look.',
            toolCalls: [
              { name: 'search_catalog', arguments: { text: 'skirt', filters: ['category=skirt'], k: 3 } },
            ],
          },
        },
        {
          match: { toolResultFor: 'search_catalog' },
          respond: { toolCalls: [{ name: 'zoom', arguments: { image: 'image-1', box: [0, 0, 64, 64] } }] },
        },
        {
          match: { toolResultFor: 'zoom' },
          respond: {
            toolCalls: [
              {
                name: 'generate_image',
                arguments: { prompt: 'navy pinstripe blazer with two gold buttons', seed: 7 },
              },
            ],
          },
        },
        { match: { toolResultFor: 'generate_image' }, respond: { text: 'Here is the look: generated-1.' } },
      ],
    };
    await withServer(script, async (model, server) => {
      const result = await runAgent({
        model,
        tools,
        messages: userTurn('find a skirt like this and show me a blazer', { bytes, name: upload.name }),
        images,
        store: world.store,
      });
      expect(result.stopReason).toBe('answered');
      expect(result.answer).toBe('Here is the look: generated-1.');
      expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([
        ['search_catalog', true],
        ['zoom', true],
        ['generate_image', true],
      ]);
      // Every search result is a skirt, by the catalog's own record.
      const searched = result.toolCalls[0]!.data as { results: { category: string }[] };
      expect(searched.results.length).toBeGreaterThan(0);
      for (const item of searched.results) expect(item.category).toBe('skirt');
      // The crop is the top-left 64×64 of the upload (enlarged for the model), stored as a blob.
      const crop = result.toolCalls[1]!.images[0]!;
      expect(crop.origin).toEqual({ kind: 'crop', source: 'image-1', box: [0, 0, 64, 64] });
      const cropMeta = await sharp(await world.store.blobs.read(crop.sha256)).metadata();
      expect(cropMeta.width).toBe(cropMeta.height);
      // vLLM rejects images in tool messages: the crop must reach the server in a user message
      // right after the tool message, which names it.
      const third = sentMessages(server, 2);
      const toolIndex = third.findLastIndex((message) => message.role === 'tool');
      expect(JSON.stringify(third[toolIndex]!.content)).toContain('zoom-1');
      expect(JSON.stringify(third[toolIndex]!.content)).not.toContain('data:image');
      const following = third[toolIndex + 1]!;
      expect(following.role).toBe('user');
      expect(JSON.stringify(following.content)).toContain('data:image/');
      // The generated image is recorded with its prompt, seed and backend.
      const generated = world.store.sqlite
        .prepare<[string], { prompt: string; seed: number; backend: string }>(
          'SELECT prompt, seed, backend FROM generated_images WHERE sha256 = ?',
        )
        .get(result.toolCalls[2]!.images[0]!.sha256);
      expect(generated).toEqual({
        prompt: 'navy pinstripe blazer with two gold buttons',
        seed: 7,
        backend: 'world',
      });

      const trace = readTrace(world.store, result.traceId!);
      expect(trace.stopReason).toBe('answered');
      expect(trace.events.map((event) => event.kind)).toEqual([
        'model',
        'tool',
        'model',
        'tool',
        'model',
        'tool',
        'model',
      ]);
      expect(trace.request.images.map((image) => image.name)).toEqual(['image-1']);
      const replay = await replayTrace(world.store, trace.id, tools);
      expect(replay.differences).toEqual([]);
      expect(replay.result.answer).toBe(result.answer);
    });
  });

  it('runs parallel tool calls of one turn and keeps the model’s order in the results', async () => {
    const script: MockScriptInput = {
      steps: [
        {
          respond: {
            toolCalls: [
              { name: 'get_board', arguments: { user: 'user-1' } },
              { name: 'search_catalog', arguments: { filters: ['category=skirt'], k: 2 } },
            ],
          },
        },
        // Search results bring thumbnails, so the last message is the user message carrying them.
        { match: { toolResultFor: 'search_catalog' }, respond: { text: 'done' } },
      ],
    };
    await withServer(script, async (model, server) => {
      const result = await runAgent({
        model,
        tools,
        messages: userTurn('what is on my board, and some skirts'),
        images: createConversationImages(),
        store: world.store,
      });
      expect(result.stopReason).toBe('answered');
      expect(result.toolCalls.map((call) => call.name)).toEqual(['get_board', 'search_catalog']);
      const second = sentMessages(server, 1).filter((message) => message.role === 'tool');
      expect(second).toHaveLength(2);
    });
  });

  it('retries a 429 (honouring Retry-After) and then answers', async () => {
    const script: MockScriptInput = {
      steps: [
        { respond: { rateLimit: { retryAfterSeconds: 0.2 } } },
        { respond: { text: 'hello after the wait' } },
      ],
    };
    await withServer(script, async (model, server) => {
      const started = performance.now();
      const result = await runAgent({
        model,
        tools,
        messages: userTurn('hi'),
        images: createConversationImages(),
        store: world.store,
      });
      expect(result.stopReason).toBe('answered');
      expect(result.answer).toBe('hello after the wait');
      expect(result.modelCalls[0]!.attempts).toBe(2);
      expect(server.requestCount()).toBe(2);
      // The wait is at least what the server asked for (a lower bound, not a timing target).
      expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    });
  });

  it('gives up on a server that never answers with MODEL_TIMEOUT after the retries', async () => {
    const script: MockScriptInput = { steps: [{ forever: true, respond: { hang: true } }] };
    await withServer(
      script,
      async (model, server) => {
        const result = await runAgent({
          model,
          tools,
          messages: userTurn('hi'),
          images: createConversationImages(),
          store: world.store,
        });
        expect(result.stopReason).toBe('model-error');
        expect(result.error?.code).toBe('MODEL_TIMEOUT');
        expect(server.requestCount()).toBe(2);
        expect(readTrace(world.store, result.traceId!).status).toBe('failed');
      },
      { timeoutMs: 300, maxRetries: 1 },
    );
  });

  it('feeds malformed tool arguments back to the model as an error and records the outcome', async () => {
    const script: MockScriptInput = {
      steps: [
        { respond: { toolCalls: [{ name: 'search_catalog', arguments: '{"text": "navy skirt",' }] } },
        { match: { lastRole: 'tool' }, respond: { text: 'Sorry, my tool call was broken.' } },
      ],
    };
    await withServer(script, async (model, server) => {
      const result = await runAgent({
        model,
        tools,
        messages: userTurn('navy skirts'),
        images: createConversationImages(),
        store: world.store,
      });
      expect(result.stopReason).toBe('answered');
      expect(result.toolCalls[0]).toMatchObject({ ok: false, errorCode: 'TOOL_ARGUMENTS_INVALID' });
      expect(result.toolCalls[0]!.arguments).toBe('{"text": "navy skirt",');
      const tool = sentMessages(server, 1).find((message) => message.role === 'tool')!;
      expect(JSON.stringify(tool.content)).toContain('TOOL_ARGUMENTS_INVALID');
    });
  });

  it('turns a tool that throws into an error result and carries on', async () => {
    const broken: Tool<{ size: number }> = {
      name: 'measure',
      description: 'Measures a garment (always fails in this test).',
      inputSchema: (await import('zod')).z.object({ size: (await import('zod')).z.number() }),
      async execute() {
        throw new Error('the tape measure snapped');
      },
    };
    const script: MockScriptInput = {
      steps: [
        { respond: { toolCalls: [{ name: 'measure', arguments: { size: 3 } }] } },
        { match: { lastRole: 'tool' }, respond: { text: 'The measuring tool failed.' } },
      ],
    };
    await withServer(script, async (model, server) => {
      const result = await runAgent({
        model,
        tools: [...tools, broken as Tool],
        messages: userTurn('measure it'),
        images: createConversationImages(),
        store: world.store,
      });
      expect(result.stopReason).toBe('answered');
      expect(result.toolCalls[0]).toMatchObject({ name: 'measure', ok: false, errorCode: 'TOOL_FAILED' });
      const tool = sentMessages(server, 1).find((message) => message.role === 'tool')!;
      expect(JSON.stringify(tool.content)).toContain('the tape measure snapped');
    });
  });

  it('stops a model that never stops calling tools at max steps', async () => {
    const script: MockScriptInput = {
      steps: [
        { forever: true, respond: { toolCalls: [{ name: 'get_board', arguments: { user: 'user-1' } }] } },
      ],
    };
    await withServer(script, async (model, server) => {
      const result = await runAgent({
        model,
        tools,
        messages: userTurn('loop forever'),
        images: createConversationImages(),
        store: world.store,
        maxSteps: 3,
      });
      expect(result.stopReason).toBe('max-steps');
      expect(result.steps).toBe(3);
      expect(result.toolCalls).toHaveLength(3);
      expect(server.requestCount()).toBe(3);
    });
  });

  it('never writes the API key into the store, even when the server quotes it back', async () => {
    process.env.ATELIER_TEST_API_KEY = PLANTED_KEY;
    const script: MockScriptInput = {
      steps: [
        { respond: { toolCalls: [{ name: 'search_catalog', arguments: { text: `key ${PLANTED_KEY}` } }] } },
        {
          match: { lastRole: 'tool' },
          respond: { error: { status: 400, message: `bad request for key ${PLANTED_KEY}` } },
        },
      ],
    };
    try {
      await withServer(script, async (model) => {
        const result = await runAgent({
          model,
          tools,
          messages: userTurn(`my key is ${PLANTED_KEY}`),
          images: createConversationImages(),
          store: world.store,
        });
        expect(result.stopReason).toBe('model-error');
        const trace = readTrace(world.store, result.traceId!);
        expect(JSON.stringify(trace)).not.toContain(PLANTED_KEY);
        expect(JSON.stringify(trace)).toContain('[redacted]');
      });
      // Checkpoint the WAL so the bytes on disk are everything the database holds.
      world.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      for (const file of readdirSync(world.home)) {
        if (!file.startsWith('atelier.db')) continue;
        expect(readFileSync(join(world.home, file)).includes(PLANTED_KEY)).toBe(false);
      }
    } finally {
      delete process.env.ATELIER_TEST_API_KEY;
    }
  });
});
