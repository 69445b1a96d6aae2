import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../embed/index.ts';
import {
  buildCatalogIndex,
  ingestBoards,
  ingestSource,
  openSearchEngine,
  type SearchEngine,
  type SearchResponse,
} from '../search/index.ts';
import { openStore } from '../store/index.ts';
import { generateWorld } from '../world/index.ts';
import { createApp } from './app.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-search-'));
const home = join(scratch, 'home');
let engine: SearchEngine;
let app: ReturnType<typeof createApp>;
let worldFolder = '';

beforeAll(async () => {
  const world = await generateWorld({
    seed: 3,
    items: 120,
    outfits: 0,
    boards: 2,
    scenes: 0,
    size: 128,
    sceneSize: 1024,
    boardSize: 8,
    concurrency: 4,
    out: join(scratch, 'world'),
    force: false,
  });
  worldFolder = world.out;
  const store = await openStore(home);
  await ingestSource(store, world.out);
  await ingestBoards(store, world.out);
  await buildCatalogIndex(store, await createEmbedder('classic'), 'classic');
  await store.close();
  engine = await openSearchEngine({ home });
  app = createApp({ store: engine.store, search: engine });
}, 120_000);

afterAll(async () => {
  await engine?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const post = (body: unknown) =>
  app.request('/api/search', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/search', () => {
  it('answers a text query with scored results that say why they matched', async () => {
    const response = await post({ text: 'black boots', k: 5 });
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchResponse;
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    expect(body.signals).toContain('text');
    for (const result of body.results) {
      expect(result.why.length).toBeGreaterThan(0);
      expect(typeof result.score).toBe('number');
    }
    expect(body.results.map((result) => result.rank)).toEqual(body.results.map((_, index) => index + 1));
  });

  it('gives every hit the grid card the catalog route gives the same asset', async () => {
    const body = (await (await post({ text: 'striped shirt', k: 6 })).json()) as {
      results: (SearchResponse['results'][number] & Record<string, unknown>)[];
    };
    expect(body.results).toHaveLength(6);
    const cardFields = [
      'id',
      'title',
      'category',
      'price',
      'width',
      'height',
      'sha256',
      'url',
      'thumbnailUrl',
    ];
    for (const hit of body.results) {
      const detail = (await (await app.request(`/api/assets/${hit.id}?similar=0`)).json()) as {
        asset: Record<string, unknown>;
      };
      const pick = (record: Record<string, unknown>) =>
        Object.fromEntries(cardFields.map((field) => [field, record[field]]));
      expect(pick(hit)).toEqual(pick(detail.asset));
      expect(hit.width).toBe(128);
      expect(hit.height).toBeGreaterThan(0);
      expect(hit.url).toBe(`/api/blobs/${hit.sha256}`);
      expect(hit.thumbnailUrl).toMatch(/^\/api\/(blobs|thumbnails)\/[0-9a-f]{64}/);
      // The search fields stay for the readers that use them.
      expect(hit.why.length).toBeGreaterThan(0);
      expect(hit.metadata).toBeTypeOf('object');
    }
  });

  it('applies filters exactly and paginates without overlap', async () => {
    const query = { images: [{ assetId: 'item-000001' }], k: 3 };
    const first = (await (await post({ ...query, filters: ['price<100'] })).json()) as SearchResponse;
    const second = (await (
      await post({ ...query, filters: [{ field: 'price', op: '<', value: 100 }], offset: 3 })
    ).json()) as SearchResponse;
    expect(first.filtered).toBeGreaterThan(6);
    for (const result of [...first.results, ...second.results]) expect(result.price!).toBeLessThan(100);
    const ids = [...first.results, ...second.results].map((result) => result.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.results[0]?.rank).toBe(4);
  });

  it('searches by uploaded image bytes and by a board', async () => {
    const catalog = readFileSync(join(worldFolder, 'catalog.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const bytes = readFileSync(join(worldFolder, catalog[0].image)).toString('base64');
    const byImage = (await (await post({ images: [{ base64: bytes }], k: 3 })).json()) as SearchResponse;
    // The uploaded image is the catalog's own first item: it must come back first, at cosine ≈ 1.
    expect(byImage.results[0]?.id).toBe(catalog[0].id);
    expect(byImage.results[0]?.why[0]).toMatch(/cosine 1\.000/);

    const byBoard = await post({ board: 'user-0001', boardMode: 'best-match', k: 4 });
    expect(byBoard.status).toBe(200);
    const body = (await byBoard.json()) as SearchResponse;
    expect(body.signals).toEqual(['board']);
    expect(body.results).toHaveLength(4);
  });

  it.each([
    ['not JSON', '{"text": ', 400, 'INVALID_ARGUMENT'],
    ['an empty query', {}, 400, 'INVALID_ARGUMENT'],
    ['k out of range', { text: 'skirt', k: 100000 }, 400, 'INVALID_ARGUMENT'],
    ['a bad filter', { text: 'skirt', filters: ['price<cheap'] }, 400, 'INVALID_ARGUMENT'],
    ['a server-side path', { images: [{ path: '/etc/passwd' }] }, 400, 'INVALID_ARGUMENT'],
    [
      'a non-image upload',
      { images: [{ base64: Buffer.from('hello').toString('base64') }] },
      400,
      'INVALID_ARGUMENT',
    ],
    ['an unknown board', { board: 'nobody' }, 404, 'NOT_FOUND'],
    ['an unknown asset', { images: [{ assetId: 'item-999999' }] }, 404, 'NOT_FOUND'],
  ])('rejects %s with a clear error', async (_, body, status, code) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const parsed = (await response.json()) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message.length).toBeGreaterThan(5);
  });

  it('refuses bodies over the size limit', async () => {
    const response = await post({ text: 'x'.repeat(17 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });
});
