import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../src/models/index.ts';
import { createTestWorld, type TestWorld } from '../src/tools/test-support/test-world.ts';
import { runCliAsync } from './cli-helpers.ts';

let world: TestWorld;
let skirtImage = '';

beforeAll(async () => {
  world = await createTestWorld({ index: true, items: 60 });
  const row = world.store.sqlite
    .prepare<[], { sha256: string }>("SELECT sha256 FROM assets WHERE category = 'skirt' LIMIT 1")
    .get()!;
  skirtImage = join(world.scratch, 'skirt.png');
  writeFileSync(skirtImage, await world.store.blobs.read(row.sha256));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

interface ChatJson {
  ok: boolean;
  model: string;
  answer: string;
  stopReason: string;
  traceId: string;
  toolCalls: { name: string; arguments: string; ok: boolean; images: { name: string; path: string }[] }[];
  images: { name: string; path: string; origin: { kind: string } }[];
}

describe('atelier chat', () => {
  it('answers offline with the rules baseline, labelled as a baseline, through real tools', async () => {
    const result = await runCliAsync([
      'chat',
      'find a top under $60 that goes with this skirt',
      '--image',
      skirtImage,
      '--home',
      world.home,
      '--json',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const chat = JSON.parse(result.stdout) as ChatJson;
    expect(chat.model).toBe('rules (baseline)');
    expect(chat.stopReason).toBe('answered');
    expect(chat.toolCalls[0]!.name).toBe('search_catalog');
    const args = JSON.parse(chat.toolCalls[0]!.arguments) as { images: string[]; filters: string[] };
    expect(args.images).toEqual(['image-1']);
    expect(args.filters).toContain('price<60');
    // Every path it names exists: the upload and the result thumbnails it looked at.
    expect(chat.images[0]).toMatchObject({ name: 'image-1', origin: { kind: 'upload' } });
    for (const image of chat.images) expect(existsSync(image.path)).toBe(true);
  });

  it('prints the answer, each tool call and the images in text mode', async () => {
    const result = await runCliAsync([
      'chat',
      'render a navy pinstripe blazer with two gold buttons',
      '--home',
      world.home,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('model: rules (baseline)');
    expect(result.stderr).toMatch(/→ generate_image \{"prompt":"navy pinstripe/);
    expect(result.stderr).toMatch(/generated-1: .*blobs/);
    expect(result.stdout).toContain('generated-1');
  });

  it('talks to an OpenAI-compatible server and records a trace that `atelier trace` shows and replays', async () => {
    const server = await startMockServer({
      script: {
        steps: [
          {
            respond: {
              toolCalls: [{ name: 'search_catalog', arguments: { filters: ['category=skirt'], k: 2 } }],
            },
          },
          { match: { toolResultFor: 'search_catalog' }, respond: { text: 'Two skirts for you.' } },
        ],
      },
    });
    try {
      const chat = await runCliAsync([
        'chat',
        'two skirts please',
        '--model',
        `openai-compatible:${server.url}#mock-vlm`,
        '--home',
        world.home,
        '--json',
      ]);
      expect(chat.status, chat.stderr).toBe(0);
      const body = JSON.parse(chat.stdout) as ChatJson;
      expect(body.model).toBe(`openai-compatible:${server.url}#mock-vlm`);
      expect(body.answer).toBe('Two skirts for you.');
      const shown = await runCliAsync(['trace', body.traceId, '--home', world.home]);
      expect(shown.status, shown.stderr).toBe(0);
      expect(shown.stdout).toContain('search_catalog {"filters":["category=skirt"],"k":2}');
      const replay = await runCliAsync(['trace', body.traceId, '--replay', '--home', world.home, '--json']);
      expect(replay.status, replay.stderr).toBe(0);
      expect(JSON.parse(replay.stdout)).toMatchObject({ same: true, differences: [] });
      const list = await runCliAsync(['traces', '--home', world.home, '--json']);
      expect((JSON.parse(list.stdout) as { id: string }[]).map((trace) => trace.id)).toContain(body.traceId);
    } finally {
      await server.close();
    }
  });

  it('fails clearly, and without the key, when the server rejects it', async () => {
    const key = 'sk-cli-planted-9876543210';
    const server = await startMockServer({
      script: { default: { error: { status: 401, message: `Incorrect API key provided: ${key}` } } },
    });
    try {
      const result = await runCliAsync(
        ['chat', 'hello', '--model', `openai-compatible:${server.url}#mock-vlm`, '--home', world.home],
        { env: { OPENAI_COMPATIBLE_API_KEY: key } },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^error [A-Z_]+: /m);
      expect(result.stdout + result.stderr).not.toContain(key);
    } finally {
      await server.close();
    }
  });

  it('rejects a file that is not an image with a message naming it', async () => {
    const notImage = join(world.scratch, 'notes.png');
    writeFileSync(notImage, 'this is text');
    const result = await runCliAsync(['chat', 'hi', '--image', notImage, '--home', world.home]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('IMAGE_DECODE_FAILED');
    expect(result.stderr).toContain('notes.png');
  });
});
