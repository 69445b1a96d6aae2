import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUploadedImage } from './add-uploaded-image.ts';
import { createConversationImages } from './conversation-images.ts';
import { createAssistantTools } from './create-assistant-tools.ts';
import { runToolCall } from './run-tool-call.ts';
import { createSearchCatalogTool, type SearchCatalogInput } from './search-catalog-tool.ts';
import { createTestWorld, type TestWorld } from './test-support/test-world.ts';
import type { ToolCallContext } from './tool.ts';

interface Row {
  id: string;
  category: string;
  price: number;
  sha256: string;
  thumbnail_sha256: string;
  metadata: string;
}

let world: TestWorld;
let catalog: (Row & { color: string })[] = [];

beforeAll(async () => {
  world = await createTestWorld({ index: true });
  catalog = world.store.sqlite
    .prepare<[], Row>('SELECT id, category, price, sha256, thumbnail_sha256, metadata FROM assets')
    .all()
    .map((row) => ({ ...row, color: (JSON.parse(row.metadata) as { color: string }).color }));
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const context = (): ToolCallContext => ({ images: createConversationImages(), boxFormat: 'pixels' });
const tool = () => createSearchCatalogTool(world.engine!);
const search = (input: Partial<SearchCatalogInput>, call = context()) =>
  tool().execute({ k: 8, ...input }, call);
const ids = (data: unknown) => (data as { results: { id: string }[] }).results.map((result) => result.id);

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('search_catalog', () => {
  it('returns exactly the items that satisfy the filters, one line each with its id', async () => {
    const category = mostCommon(catalog.map((row) => row.category));
    const prices = catalog
      .filter((row) => row.category === category)
      .map((row) => row.price)
      .sort((a, b) => a - b);
    const limit = prices[Math.floor(prices.length / 2)]! + 0.01;
    const expected = catalog
      .filter((row) => row.category === category && row.price < limit)
      .map((row) => row.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const result = await search({ filters: [`category=${category}`, `price<${limit}`], k: 24 });
    expect(ids(result.data).sort()).toEqual([...expected].sort());
    const lines = result.text.split('\n').slice(1);
    expect(lines).toHaveLength(expected.length);
    for (const line of lines) {
      const [id, , lineCategory, price, color] = line.split(' — ');
      const row = catalog.find((entry) => entry.id === id)!;
      expect(lineCategory).toBe(category);
      expect(price).toBe(Number.isInteger(row.price) ? `$${row.price}` : `$${row.price.toFixed(2)}`);
      expect(color).toBe(row.color);
    }
  });

  it('reads set membership on metadata fields', async () => {
    const colors = [...new Set(catalog.map((row) => row.color))].slice(0, 2);
    const result = await search({ filters: [`color in ${colors.join(',')}`], k: 24 });
    const found = ids(result.data);
    expect(found.length).toBe(Math.min(24, catalog.filter((row) => colors.includes(row.color)).length));
    for (const id of found) expect(colors).toContain(catalog.find((row) => row.id === id)!.color);
  });

  it('attaches the first thumbnails, registered under their asset ids', async () => {
    const call = context();
    const category = catalog[0]!.category;
    const result = await search({ text: `${catalog[0]!.color} ${category}`, k: 6 }, call);
    expect(result.images).toHaveLength(4);
    const first = ids(result.data).slice(0, 4);
    expect(result.images.map((image) => image.name)).toEqual(first);
    for (const image of result.images) {
      const row = catalog.find((entry) => entry.id === image.name)!;
      expect(image).toMatchObject({
        sha256: row.thumbnail_sha256,
        mediaType: 'image/webp',
        origin: { kind: 'catalog', assetId: row.id },
      });
      const info = await sharp(await world.store.blobs.read(image.sha256)).metadata();
      expect([image.width, image.height]).toEqual([info.width, info.height]);
      expect(call.images.get(row.id)).toBe(image);
    }
    expect(result.text.split('\n')[0]).toContain(first.join(', '));
    const data = result.data as {
      results: { sha256: string; score: number; why: string[] }[];
      request: unknown;
    };
    expect(data.results[0]!.why.length).toBeGreaterThan(0);
    expect(data.request).toEqual({ text: `${catalog[0]!.color} ${category}`, filters: [], k: 6 });
  });

  it('attaches no more thumbnails than results asked for', async () => {
    const result = await search({ text: catalog[1]!.category, k: 2 });
    expect(result.images).toHaveLength(2);
  });

  it('searches with a conversation image and with an asset id', async () => {
    const call = context();
    const target = catalog[5]!;
    await addUploadedImage(call.images, world.store, await world.store.blobs.read(target.sha256));
    const byUpload = await search({ images: ['image-1'] }, call);
    expect(ids(byUpload.data)[0]).toBe(target.id);
    expect((byUpload.data as { request: { images: unknown[] } }).request.images).toEqual([
      { name: 'image-1', sha256: target.sha256 },
    ]);
    const byAsset = await search({ images: [target.id] }, call);
    // The query item itself is left out of its own results.
    expect(ids(byAsset.data)).not.toContain(target.id);
    expect(ids(byAsset.data).length).toBeGreaterThan(0);
    expect((byAsset.data as { request: { images: unknown[] } }).request.images).toEqual([
      { name: target.id, assetId: target.id },
    ]);
  });

  it('searches with a board', async () => {
    const user = world.store.sqlite
      .prepare<[], { user_id: string }>('SELECT user_id FROM boards LIMIT 1')
      .get()!;
    const result = await search({ board: user.user_id, k: 5 });
    expect(ids(result.data)).toHaveLength(5);
  });

  it('reports bad filters and unknown images through runToolCall', async () => {
    const tools = [tool()];
    const run = (args: unknown) =>
      runToolCall(tools, { id: 'c', name: 'search_catalog', arguments: JSON.stringify(args) }, context());
    const badFilter = await run({ text: 'skirt', filters: ['price<cheap'] });
    expect(badFilter).toMatchObject({ ok: false, error: { code: 'TOOL_ARGUMENTS_INVALID' } });
    expect(!badFilter.ok && badFilter.error.message).toMatch(/filters\.0: .*price<cheap.*FIELD=VALUE/);
    const nothing = await run({ k: 3 });
    expect(!nothing.ok && nothing.error.message).toContain('at least one of text, images, board or filters');
    const tooMany = await run({ text: 'skirt', k: 50 });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'TOOL_ARGUMENTS_INVALID' } });
    const unknown = await run({ images: ['image-3'] });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'TOOL_FAILED', message: expect.stringContaining('image-3') },
    });
  });

  it('is one of the assistant tools only when a search engine is given', () => {
    const names = (tools: { name: string }[]) => tools.map((entry) => entry.name);
    expect(names(createAssistantTools({ store: world.store, search: world.engine! }))).toEqual([
      'search_catalog',
      'zoom',
      'generate_image',
      'get_board',
    ]);
    expect(names(createAssistantTools({ store: world.store }))).toEqual([
      'zoom',
      'generate_image',
      'get_board',
    ]);
  });
});
