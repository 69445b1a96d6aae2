import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { addUploadedImage } from './add-uploaded-image.ts';
import { createConversationImages } from './conversation-images.ts';
import { runToolCall } from './run-tool-call.ts';
import { coordinatePng, decodeCoordinate } from './test-support/test-images.ts';
import type { ConversationImage, ToolCallContext } from './tool.ts';
import { createZoomTool } from './zoom-tool.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-zoom-'));
let store: Store;
let original: Buffer;

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  original = await coordinatePng(2048, 1536);
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function conversation(boxFormat: ToolCallContext['boxFormat']): Promise<ToolCallContext> {
  const images = createConversationImages();
  await addUploadedImage(images, store, original, { path: 'scene.png' });
  return { images, boxFormat };
}

async function zoom(context: ToolCallContext, image: string, box: number[]) {
  return createZoomTool(store).execute({ image, box }, context);
}

async function rawPixels(image: ConversationImage) {
  return sharp(await store.blobs.read(image.sha256))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** The original position encoded in the crop's pixel (x, y). */
async function sourceOf(image: ConversationImage, x: number, y: number) {
  const { data, info } = await rawPixels(image);
  const at = (y * info.width + x) * info.channels;
  return decodeCoordinate(data[at]!, data[at + 1]!, data[at + 2]!);
}

describe('zoom', () => {
  it('crops the exact pixels of a box given in pixels', async () => {
    const context = await conversation('pixels');
    const result = await zoom(context, 'image-1', [100, 200, 900, 800]);
    const [crop] = result.images;
    expect(crop).toMatchObject({
      name: 'zoom-1',
      mediaType: 'image/png',
      width: 800,
      height: 600,
      origin: { kind: 'crop', source: 'image-1', box: [100, 200, 900, 800] },
    });
    expect(context.images.get('zoom-1')).toEqual(crop);
    const expected = await sharp(original)
      .extract({ left: 100, top: 200, width: 800, height: 600 })
      .raw()
      .toBuffer();
    expect((await rawPixels(crop!)).data.equals(expected)).toBe(true);
    expect(await sourceOf(crop!, 0, 0)).toEqual({ x: 100, y: 200 });
    expect(await sourceOf(crop!, 799, 599)).toEqual({ x: 899, y: 799 });
    expect(result.text).toBe('zoom-1: crop of image-1 at [100,200,900,800] (800×600 px of 2048×1536)');
    expect(result.data).toMatchObject({
      source: 'image-1',
      requestedBox: [100, 200, 900, 800],
      usedBox: [100, 200, 900, 800],
      format: 'pixels',
    });
  });

  it('reads normalized-1000 boxes on both axes', async () => {
    const context = await conversation('normalized-1000');
    const [crop] = (await zoom(context, 'image-1', [250, 250, 750, 750])).images;
    expect([crop!.width, crop!.height]).toEqual([1024, 768]);
    expect(crop!.origin).toEqual({ kind: 'crop', source: 'image-1', box: [512, 384, 1536, 1152] });
    expect(await sourceOf(crop!, 0, 0)).toEqual({ x: 512, y: 384 });
    expect(await sourceOf(crop!, 1023, 767)).toEqual({ x: 1535, y: 1151 });
  });

  it('clamps a box that sticks out and says so', async () => {
    const context = await conversation('pixels');
    const result = await zoom(context, 'image-1', [-50, -20, 700, 600]);
    expect(result.images[0]!.origin).toMatchObject({ box: [0, 0, 700, 600] });
    expect(result.text).toContain('box clamped to the image');
    expect(await sourceOf(result.images[0]!, 0, 0)).toEqual({ x: 0, y: 0 });
  });

  it('grows a tiny box to the minimum side and enlarges it with a whole factor', async () => {
    const context = await conversation('pixels');
    const result = await zoom(context, 'image-1', [1000, 1000, 1010, 1004]);
    const [crop] = result.images;
    expect(crop!.origin).toMatchObject({ box: [989, 986, 1021, 1018] });
    expect([crop!.width, crop!.height]).toEqual([512, 512]);
    expect(result.text).toBe(
      'zoom-1: crop of image-1 at [989,986,1021,1018] (32×32 px of 2048×1536), grown to the 32 px minimum, enlarged ×16',
    );
  });

  it('enlarged crops still show the region asked for', async () => {
    const context = await conversation('pixels');
    const [crop] = (await zoom(context, 'image-1', [1100, 1100, 1200, 1164])).images;
    // 100 px wide → ×6 → 600 × 384.
    expect([crop!.width, crop!.height]).toEqual([600, 384]);
    const centre = await sourceOf(crop!, 300, 192);
    expect(Math.abs(centre.x - 1150)).toBeLessThanOrEqual(2);
    expect(Math.abs(centre.y - 1132)).toBeLessThanOrEqual(2);
  });

  it('zooming into a zoom crops the original at full resolution', async () => {
    const context = await conversation('pixels');
    await zoom(context, 'image-1', [1100, 1100, 1200, 1164]);
    // zoom-1 is 600 × 384, enlarged ×6: its [300, 192, 600, 384] is the original's [1150, 1132, 1200, 1164].
    const result = await zoom(context, 'zoom-1', [300, 192, 600, 384]);
    const [crop] = result.images;
    expect(crop!.origin).toEqual({ kind: 'crop', source: 'zoom-1', box: [300, 192, 600, 384] });
    expect(result.data).toMatchObject({ pixels: { box: [1150, 1132, 1200, 1164] } });
    // 50 × 32 original pixels → ×11 → 550 × 352, from the original, not from zoom-1's enlargement.
    expect([crop!.width, crop!.height]).toEqual([550, 352]);
    const corner = await sourceOf(crop!, 5, 5);
    expect(Math.abs(corner.x - 1150)).toBeLessThanOrEqual(1);
    expect(Math.abs(corner.y - 1132)).toBeLessThanOrEqual(1);
  });

  it('crops a catalog thumbnail from the full-resolution asset', async () => {
    const full = await coordinatePng(512, 512);
    const fullSha = await store.blobs.put(full);
    const thumbnail = await sharp(full).resize(256, 256).webp().toBuffer();
    const thumbnailSha = await store.blobs.put(thumbnail);
    await store.db
      .insertInto('assets')
      .values({
        id: 'asset-zoom',
        sha256: fullSha,
        source_sha256: null,
        source: 'asset-zoom.png',
        width: 512,
        height: 512,
        title: null,
        description: null,
        caption: null,
        tags: null,
        category: null,
        price: null,
        metadata: '{}',
        phash: null,
        color_grid: null,
        thumbnail_sha256: thumbnailSha,
        updated_at: null,
      })
      .execute();
    const context: ToolCallContext = { images: createConversationImages(), boxFormat: 'pixels' };
    context.images.addNamed({
      name: 'asset-zoom',
      sha256: thumbnailSha,
      mediaType: 'image/webp',
      width: 256,
      height: 256,
      origin: { kind: 'catalog', assetId: 'asset-zoom' },
    });
    const result = await zoom(context, 'asset-zoom', [64, 64, 128, 128]);
    expect(result.data).toMatchObject({
      usedBox: [64, 64, 128, 128],
      pixels: { sha256: fullSha, box: [128, 128, 256, 256] },
    });
    expect(result.text).toContain('cut from the 512×512 original');
    const [crop] = result.images;
    expect([crop!.width, crop!.height]).toEqual([512, 512]);
    const corner = await sourceOf(crop!, 2, 2);
    expect(Math.abs(corner.x - 128)).toBeLessThanOrEqual(1);
    expect(Math.abs(corner.y - 128)).toBeLessThanOrEqual(1);
  });

  it('reports unusable boxes as argument errors naming the image size', async () => {
    const context = await conversation('pixels');
    const tools = [createZoomTool(store)];
    const run = (args: unknown) =>
      runToolCall(tools, { id: 'c', name: 'zoom', arguments: JSON.stringify(args) }, context);
    const inverted = await run({ image: 'image-1', box: [500, 500, 400, 600] });
    expect(inverted).toMatchObject({ ok: false, error: { code: 'TOOL_ARGUMENTS_INVALID' } });
    expect(!inverted.ok && inverted.error.message).toContain('2048×1536');
    const outside = await run({ image: 'image-1', box: [3000, 100, 3100, 200] });
    expect(!outside.ok && outside.error.message).toMatch(/entirely outside.*2048×1536/);
    const short = await run({ image: 'image-1', box: [1, 2, 3] });
    expect(short).toMatchObject({ ok: false, error: { code: 'TOOL_ARGUMENTS_INVALID' } });
    const unknown = await run({ image: 'image-9', box: [1, 2, 3, 4] });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'TOOL_FAILED', message: expect.stringContaining('image-1') },
    });
    expect(context.images.list().map((image) => image.name)).toEqual(['image-1']);
  });
});
