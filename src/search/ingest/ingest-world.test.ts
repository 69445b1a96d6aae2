import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAtelierError } from '../../core/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { generateWorld } from '../../world/index.ts';
import { ingestSource } from './ingest-source.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-ingest-world-'));
const world = join(scratch, 'world');
let store: Store;
let catalog: Record<string, unknown>[];

beforeAll(async () => {
  await generateWorld({
    seed: 5,
    items: 40,
    outfits: 0,
    boards: 0,
    scenes: 0,
    size: 128,
    sceneSize: 1024,
    boardSize: 1,
    out: world,
    force: false,
    concurrency: 2,
  });
  catalog = readFileSync(join(world, 'catalog.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  store = await openStore(join(scratch, 'home'));
});
afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

const rows = () =>
  store.sqlite
    .prepare<
      [],
      { key: number; id: string; sha256: string; metadata: string; title: string; updated_at: string }
    >('SELECT key, id, sha256, metadata, title, updated_at FROM assets ORDER BY key')
    .all();

describe('ingestSource on a generated world', () => {
  it('stores one asset per catalog row with the whole record as metadata', async () => {
    const phases: string[] = [];
    const summary = await ingestSource(store, world, {
      progress: { start: (phase) => phases.push(phase), tick() {}, finish() {} },
    });
    expect(summary).toMatchObject({
      kind: 'world',
      counts: { records: 40, added: 40, updated: 0, unchanged: 0, skipped: 0 },
    });
    expect(phases).toEqual(['images', 'duplicates']);
    const stored = rows();
    expect(stored.map((row) => row.id)).toEqual(catalog.map((item) => item.id));
    const first = store.sqlite
      .prepare<[], Record<string, unknown>>('SELECT * FROM assets WHERE key = 1')
      .get()!;
    expect(JSON.parse(first.metadata as string)).toEqual(catalog[0]);
    expect(first).toMatchObject({
      title: catalog[0]!.title,
      caption: catalog[0]!.caption,
      category: catalog[0]!.category,
    });
    expect(first).toMatchObject({
      price: catalog[0]!.price,
      width: 128,
      height: 128,
      source: catalog[0]!.image,
    });
    expect(JSON.parse(first.tags as string)).toEqual(
      expect.arrayContaining([catalog[0]!.category, catalog[0]!.color]),
    );
    // The world's PNGs are already clean, so the stored blob is the file itself.
    const file = readFileSync(join(world, catalog[0]!.image as string));
    expect(first.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect((await store.blobs.read(first.sha256 as string)).equals(file)).toBe(true);
    expect(await store.blobs.has(first.thumbnail_sha256 as string)).toBe(true);
    // Filterable through the metadata JSON, searchable through the full-text index.
    const color = catalog[0]!.color as string;
    const sameColor = store.sqlite
      .prepare(`SELECT count(*) AS n FROM assets WHERE json_extract(metadata, '$.color') = ?`)
      .get(color);
    expect(sameColor).toEqual({ n: catalog.filter((item) => item.color === color).length });
    const titleWord = (catalog[0]!.title as string).split(' ').at(-1)!;
    const hits = store.sqlite
      .prepare<[string], { rowid: number }>('SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?')
      .all(`"${titleWord}"`);
    expect(hits.map((hit) => hit.rowid)).toContain(1);
  });

  it('finds nothing to do when the world is ingested again', async () => {
    const before = rows();
    const summary = await ingestSource(store, world);
    expect(summary.counts).toMatchObject({ added: 0, updated: 0, unchanged: 40, skipped: 0, duplicates: 0 });
    expect(rows()).toEqual(before);
  });

  it('updates exactly the row whose title or image changed, keeping its key', async () => {
    const before = rows();
    const lines = readFileSync(join(world, 'catalog.jsonl'), 'utf8').trim().split('\n');
    const edited = { ...catalog[4], title: 'Hand-edited title' };
    lines[4] = JSON.stringify(edited);
    writeFileSync(join(world, 'catalog.jsonl'), `${lines.join('\n')}\n`);
    const retitled = await ingestSource(store, world);
    expect(retitled.counts).toMatchObject({ added: 0, updated: 1, unchanged: 39 });
    const after = rows();
    expect(after[4]).toMatchObject({
      key: before[4]!.key,
      title: 'Hand-edited title',
      sha256: before[4]!.sha256,
    });
    expect(JSON.parse(after[4]!.metadata).title).toBe('Hand-edited title');

    const image = join(world, catalog[9]!.image as string);
    writeFileSync(image, await sharp(image).negate({ alpha: false }).png().toBuffer());
    const repainted = await ingestSource(store, world);
    expect(repainted.counts).toMatchObject({ updated: 1, unchanged: 39 });
    expect(rows()[9]).toMatchObject({ key: before[9]!.key, id: before[9]!.id });
    expect(rows()[9]!.sha256).not.toBe(before[9]!.sha256);
  });

  it('stops when interrupted, keeps what was written, and resumes on the next run', async () => {
    const fresh = await openStore(join(scratch, 'interrupted'));
    const controller = new AbortController();
    const error = await ingestSource(fresh, world, {
      signal: controller.signal,
      concurrency: 1,
      batchSize: 5,
      progress: { start() {}, tick: (done) => done === 12 && controller.abort(), finish() {} },
    }).catch((caught: unknown) => caught);
    expect(isAtelierError(error) && error.code).toBe('INTERRUPTED');
    const kept = fresh.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM assets').get()!.n;
    expect(kept).toBeGreaterThanOrEqual(12);
    const resumed = await ingestSource(fresh, world);
    expect(resumed.counts).toMatchObject({ unchanged: kept, added: 40 - kept });
    await fresh.close();
  });
});
