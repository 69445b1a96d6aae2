import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { itemFromPrompt, parsePrompt, Random, renderItemSvg, svgToPng } from '../../world/index.ts';
import { createConversationImages } from '../conversation-images.ts';
import { runToolCall } from '../run-tool-call.ts';
import { sendJson, startFakeServer } from '../test-support/fake-server.ts';
import { solidPng } from '../test-support/test-images.ts';
import type { ToolCallContext } from '../tool.ts';
import { createImageGenerator } from './create-image-generator.ts';
import { createGenerateImageTool } from './generate-image-tool.ts';
import { promptSeed } from './prompt-seed.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-generate-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

const context = (): ToolCallContext => ({ images: createConversationImages(), boxFormat: 'pixels' });
const tool = () => createGenerateImageTool(store, createImageGenerator('world'));

describe('generate_image with the world renderer', () => {
  it('stores the image as a blob with a generated_images row and registers generated-N', async () => {
    const call = context();
    const result = await tool().execute({ prompt: 'red striped skirt', seed: 7, size: 256 }, call);
    const [image] = result.images;
    expect(image).toMatchObject({
      name: 'generated-1',
      mediaType: 'image/png',
      width: 256,
      height: 256,
      origin: { kind: 'generated', prompt: 'red striped skirt', seed: 7, backend: 'world' },
    });
    const bytes = await store.blobs.read(image!.sha256);
    expect((await sharp(bytes).metadata()).width).toBe(256);
    const row = await store.db
      .selectFrom('generated_images')
      .selectAll()
      .where('sha256', '=', image!.sha256)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      prompt: 'red striped skirt',
      seed: 7,
      backend: 'world',
      width: 256,
      height: 256,
    });
    const parameters = JSON.parse(row.parameters) as {
      requestedSize: number;
      items: { item: { category: string; color: string } }[];
    };
    expect(parameters.requestedSize).toBe(256);
    expect(parameters.items[0]!.item).toMatchObject({ category: 'skirt', color: 'red' });
    expect(result.text).toContain('generated-1: 256×256 image of "red striped skirt"');
    expect(result.text).toContain('"striped" (pattern: stripes)');
    expect(call.images.get('generated-1')).toEqual(image);
  });

  it('draws what `world render` draws for the same prompt and seed', async () => {
    const { images } = await tool().execute(
      { prompt: 'navy pinstripe blazer with two gold buttons', seed: 3, size: 512 },
      context(),
    );
    const parsed = parsePrompt('navy pinstripe blazer with two gold buttons');
    const { item } = itemFromPrompt(
      parsed.attributes,
      Random.for(3, 'prompt:navy pinstripe blazer with two gold buttons'),
      'generated',
    );
    const expected = await svgToPng(renderItemSvg(item, { size: 512 }));
    expect((await store.blobs.read(images[0]!.sha256)).equals(expected)).toBe(true);
  });

  it('is deterministic for a prompt and seed, and seeds from the prompt when none is given', async () => {
    const first = await tool().execute({ prompt: 'green floral dress', seed: 99, size: 256 }, context());
    const again = await tool().execute({ prompt: 'green floral dress', seed: 99, size: 256 }, context());
    const other = await tool().execute({ prompt: 'green floral dress', seed: 100, size: 256 }, context());
    expect(again.images[0]!.sha256).toBe(first.images[0]!.sha256);
    expect(other.images[0]!.sha256).not.toBe(first.images[0]!.sha256);
    const unseeded = await tool().execute({ prompt: 'green floral dress', size: 256 }, context());
    expect(unseeded.images[0]!.origin).toMatchObject({ seed: promptSeed('green floral dress') });
    const unseededAgain = await tool().execute({ prompt: 'green floral dress', size: 256 }, context());
    expect(unseededAgain.images[0]!.sha256).toBe(unseeded.images[0]!.sha256);
    const rows = await store.db
      .selectFrom('generated_images')
      .select('id')
      .where('prompt', '=', 'green floral dress')
      .execute();
    expect(rows).toHaveLength(5);
  });

  it('renders an outfit flat-lay when the prompt names several garments', async () => {
    const result = await tool().execute(
      { prompt: 'red skirt with a white blouse and black boots', seed: 1, size: 512 },
      context(),
    );
    expect(result.text).toContain('outfit flat-lay of 3 items');
    const parameters = (
      result.data as { parameters: { items: { item: { category: string; color: string } }[] } }
    ).parameters;
    expect(parameters.items.map((entry) => [entry.item.category, entry.item.color])).toEqual([
      ['skirt', 'red'],
      ['blouse', 'white'],
      ['boots', 'black'],
    ]);
  });

  it('says what it ignored, and fails clearly on a prompt it cannot read', async () => {
    const result = await tool().execute({ prompt: 'gorgeous red skirt', seed: 1, size: 256 }, context());
    expect(result.text).toContain('ignored "gorgeous"');
    const call = context();
    const outcome = await runToolCall(
      [tool()],
      { id: 'c', name: 'generate_image', arguments: '{"prompt": "a lovely thing"}' },
      call,
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'TOOL_FAILED', message: expect.stringContaining('recognised nothing') },
    });
    expect(call.images.list()).toEqual([]);
    const tooSmall = await runToolCall(
      [tool()],
      { id: 'c', name: 'generate_image', arguments: '{"prompt": "red skirt", "size": 100}' },
      call,
    );
    expect(tooSmall).toMatchObject({
      ok: false,
      error: { code: 'TOOL_ARGUMENTS_INVALID', message: expect.stringContaining('size') },
    });
  });

  it('stores what an HTTP backend returns, and reports its failure to the model', async () => {
    const png = await solidPng(40, 40, [1, 2, 3]);
    const server = await startFakeServer((request, response) => {
      const body = JSON.parse(request.body) as { prompt: string };
      if (body.prompt === 'fail please') return sendJson(response, 503, { detail: 'model loading' });
      sendJson(response, 200, { images: [png.toString('base64')], info: '{}' });
    });
    try {
      const httpTool = createGenerateImageTool(store, createImageGenerator(`automatic1111:${server.url}`));
      const call = context();
      const result = await httpTool.execute({ prompt: 'studio photo of a coat', seed: 3, size: 512 }, call);
      expect(result.images[0]).toMatchObject({ name: 'generated-1', width: 40, height: 40 });
      expect((await store.blobs.read(result.images[0]!.sha256)).equals(png)).toBe(true);
      const row = await store.db
        .selectFrom('generated_images')
        .selectAll()
        .where('prompt', '=', 'studio photo of a coat')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ backend: `automatic1111:${server.url}`, seed: 3, width: 40, height: 40 });
      const outcome = await runToolCall(
        [httpTool],
        { id: 'c', name: 'generate_image', arguments: '{"prompt": "fail please"}' },
        call,
      );
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'TOOL_FAILED', message: expect.stringMatching(/503.*model loading/) },
      });
      expect(call.images.list()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
