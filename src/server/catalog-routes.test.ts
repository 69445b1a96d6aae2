import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { AssetCard } from './asset-cards.ts';
import { createServerTestHome, type ServerTestHome } from './test-support/server-test-home.ts';

let world: ServerTestHome;
let app: ReturnType<typeof createApp>;
let bare: ReturnType<typeof createApp>;

interface Page {
  items: AssetCard[];
  offset: number;
  limit: number;
  total: number;
  next: number | null;
}

beforeAll(async () => {
  world = await createServerTestHome({ index: true });
  app = createApp({ store: world.store, search: world.engine! });
  bare = createApp({ store: world.store });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const json = async <T>(path: string, on = app) => {
  const response = await on.request(path);
  return { status: response.status, body: (await response.json()) as T };
};

describe('GET /api/assets', () => {
  it('pages through the whole catalog without overlap, with sizes for the grid', async () => {
    const seen: string[] = [];
    let offset: number | null = 0;
    let total = 0;
    while (offset !== null) {
      const { status, body }: { status: number; body: Page } = await json<Page>(
        `/api/assets?offset=${offset}&limit=20`,
      );
      expect(status).toBe(200);
      total = body.total;
      seen.push(...body.items.map((item) => item.id));
      for (const item of body.items) {
        expect(item.width).toBeGreaterThan(0);
        expect(item.height).toBeGreaterThan(0);
        expect(item.url).toMatch(/^\/api\/blobs\/[0-9a-f]{64}$/);
        expect(item.thumbnailUrl).toMatch(/^\/api\/(blobs|thumbnails)\/[0-9a-f]{64}/);
      }
      offset = body.next;
    }
    expect(total).toBe(48);
    expect(seen).toHaveLength(48);
    expect(new Set(seen).size).toBe(48);
  });

  it('filters with the search filter syntax, and counts only the matches', async () => {
    const everything = await json<Page>('/api/assets?limit=200');
    const cheap = everything.body.items.filter((item) => (item.price ?? Infinity) < 80).length;
    const { status, body } = await json<Page>(
      `/api/assets?limit=200&filter=${encodeURIComponent('price<80')}`,
    );
    expect(status).toBe(200);
    expect(body.total).toBe(cheap);
    expect(body.items).toHaveLength(cheap);
    for (const item of body.items) expect(item.price!).toBeLessThan(80);
    const category = everything.body.items[0]!.category!;
    const byCategory = await json<Page>(
      `/api/assets?filter=${encodeURIComponent(`category=${category}`)}&filter=${encodeURIComponent('price>0')}`,
    );
    expect(byCategory.body.items.length).toBeGreaterThan(0);
    for (const item of byCategory.body.items) expect(item.category).toBe(category);
  });

  it.each([
    ['a bad filter', `/api/assets?filter=${encodeURIComponent('price<cheap')}`, 400, 'INVALID_ARGUMENT'],
    ['a limit out of range', '/api/assets?limit=100000', 400, 'INVALID_ARGUMENT'],
    ['a negative offset', '/api/assets?offset=-1', 400, 'INVALID_ARGUMENT'],
  ])('rejects %s', async (_, path, status, code) => {
    const response = await json<{ error: { code: string; message: string } }>(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('says filters need an index when none is open', async () => {
    const response = await json<{ error: { code: string } }>(
      `/api/assets?filter=${encodeURIComponent('price<80')}`,
      bare,
    );
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('INDEX_MISSING');
    expect((await json<Page>('/api/assets', bare)).body.total).toBe(48);
  });
});

describe('GET /api/assets/:id', () => {
  it('returns the attributes and visually similar items, the item itself excluded', async () => {
    const first = (await json<Page>('/api/assets?limit=1')).body.items[0]!;
    const { status, body } = await json<{
      asset: AssetCard & { attributes: Record<string, unknown>; caption: string };
      similar: (AssetCard & { score: number; why: string[] })[];
    }>(`/api/assets/${first.id}?similar=5`);
    expect(status).toBe(200);
    expect(body.asset.id).toBe(first.id);
    expect(body.asset.attributes.category).toBe(first.category);
    expect(body.asset.attributes).toHaveProperty('pattern');
    expect(body.similar).toHaveLength(5);
    expect(body.similar.map((item) => item.id)).not.toContain(first.id);
    expect(body.similar[0]!.why.join(' ')).toMatch(/cosine/);
  });

  it('is a 404 for an unknown id', async () => {
    const response = await json<{ error: { code: string } }>('/api/assets/item-999999');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/blobs/:sha256 and /api/thumbnails/:sha256', () => {
  it('serves image bytes with their type and a long immutable cache header', async () => {
    const item = (await json<Page>('/api/assets?limit=1')).body.items[0]!;
    const response = await app.request(item.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata.width).toBe(item.width);
    const again = await app.request(item.url, { headers: { 'if-none-match': `"${item.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it('resizes thumbnails to the size asked (rounded up to a cached size), as WebP', async () => {
    const item = (await json<Page>('/api/assets?limit=1')).body.items[0]!;
    const response = await app.request(`/api/thumbnails/${item.sha256}?size=50`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(Math.max(metadata.width, metadata.height)).toBe(64);
    const cached = Buffer.from(
      await (await app.request(`/api/thumbnails/${item.sha256}?size=64`)).arrayBuffer(),
    );
    expect(cached.equals(bytes)).toBe(true);
    expect((await app.request(`/api/thumbnails/${item.sha256}?size=big`)).status).toBe(400);
  });

  it.each([
    '/api/blobs/..%2F..%2Fetc%2Fpasswd',
    '/api/blobs/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/api/blobs/%2Fetc%2Fpasswd',
    `/api/blobs/${'A'.repeat(64)}`,
    `/api/blobs/${'a'.repeat(63)}`,
    '/api/thumbnails/..%2F..%2Fatelier.db?size=64',
  ])('refuses %s without reading any file', async (path) => {
    const response = await app.request(path);
    expect([400, 404]).toContain(response.status);
    const text = await response.text();
    expect(text).not.toContain('root:');
    expect(text).not.toContain('SQLite');
  });

  it('never reaches a file through a normalised path either', async () => {
    const response = await app.request('/api/blobs/../../../../etc/passwd');
    expect(await response.text()).not.toContain('root:');
  });

  it('is a 404 for a well-formed hash that is not stored', async () => {
    const response = await json<{ error: { code: string } }>(`/api/blobs/${'0'.repeat(64)}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('BLOB_NOT_FOUND');
  });
});
