import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../embed/index.ts';
import { openStore } from '../store/index.ts';
import { CATEGORY_INFO, generateWorld, type Item, parsePrompt } from '../world/index.ts';
import { buildCatalogIndex } from './catalog-index.ts';
import { ingestSource } from './ingest/index.ts';
import { openSearchEngine, type SearchEngine } from './search-engine.ts';

/**
 * The quality bar on a generated world of 1,000 items: text queries that name category and
 * colour (and pattern) return at least 8 of 10 correct items with the classic embedder plus full
 * text, and image-to-image search returns items of the same category first.
 */
const scratch = mkdtempSync(join(tmpdir(), 'atelier-search-quality-'));
const home = join(scratch, 'home');
let engine: SearchEngine;
let catalog: Item[] = [];

const PATTERN_WORDS: Record<string, string> = {
  stripes: 'striped',
  dots: 'polka dot',
  checks: 'checked',
  plaid: 'plaid',
  floral: 'floral',
  leopard: 'leopard print',
};

beforeAll(async () => {
  const world = await generateWorld({
    seed: 5,
    items: 1000,
    outfits: 0,
    boards: 0,
    scenes: 0,
    size: 192,
    sceneSize: 1024,
    boardSize: 10,
    concurrency: 8,
    out: join(scratch, 'world'),
    force: false,
  });
  const store = await openStore(home);
  await ingestSource(store, world.out);
  await buildCatalogIndex(store, await createEmbedder('classic'), 'classic');
  catalog = store.sqlite
    .prepare<[], { metadata: string }>('SELECT metadata FROM assets')
    .all()
    .map((row) => JSON.parse(row.metadata) as Item);
  await store.close();
  engine = await openSearchEngine({ home });
}, 300_000);

afterAll(async () => {
  await engine?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function groups(key: (item: Item) => string | null): Map<string, Item[]> {
  const map = new Map<string, Item[]>();
  for (const item of catalog) {
    const name = key(item);
    if (name) map.set(name, [...(map.get(name) ?? []), item]);
  }
  return map;
}

describe('search quality on a 1,000-item world (classic embedder + full text)', () => {
  it('category + colour queries: at least 8 of 10 match both (8 of 10 of those there are, when fewer)', async () => {
    const combos = [...groups((item) => `${item.color} ${CATEGORY_INFO[item.category].noun}`)].filter(
      ([, items]) => items.length >= 4,
    );
    expect(combos.length).toBeGreaterThanOrEqual(20);
    for (const [query, items] of combos) {
      const [color, category] = [items[0]!.color, items[0]!.category];
      expect(parsePrompt(query).attributes).toMatchObject({ color, category });
      const { results } = await engine.search({ text: query, k: 10 });
      const correct = results.filter(
        (result) => result.metadata.color === color && result.category === category,
      );
      const needed = Math.ceil(0.8 * Math.min(10, items.length));
      expect(
        correct.length,
        `"${query}": ${results.map((result) => result.title).join(' | ')}`,
      ).toBeGreaterThanOrEqual(needed);
    }
  });

  it('category + colour + pattern queries: at least 8 of min(10, relevant) correct', async () => {
    const combos = [
      ...groups((item) =>
        PATTERN_WORDS[item.pattern.kind]
          ? `${item.color} ${PATTERN_WORDS[item.pattern.kind]} ${CATEGORY_INFO[item.category].noun}`
          : null,
      ),
    ].filter(([, items]) => items.length >= 2);
    expect(combos.length).toBeGreaterThanOrEqual(5);
    for (const [query, items] of combos) {
      const { color, category, pattern } = items[0]!;
      const { results } = await engine.search({ text: query, k: 10 });
      const correct = results.filter(
        (result) =>
          result.metadata.color === color &&
          result.category === category &&
          (result.metadata.pattern as { kind: string }).kind === pattern.kind,
      );
      const needed = Math.ceil(0.8 * Math.min(10, items.length));
      expect(correct.length, `"${query}"`).toBeGreaterThanOrEqual(needed);
    }
  });

  it('image-to-image search returns items of the same category first', async () => {
    const probes = catalog.filter((_, index) => index % 20 === 0);
    let sameFirst = 0;
    let sameInTop5 = 0;
    for (const probe of probes) {
      const { results } = await engine.search({ images: [{ assetId: probe.id }], k: 5 });
      expect(results.map((result) => result.id)).not.toContain(probe.id);
      if (results[0]?.category === probe.category) sameFirst++;
      sameInTop5 += results.filter((result) => result.category === probe.category).length;
    }
    // Measured 0.96 top-1 / 0.89 top-5 (seed 5); chance is about 0.07.
    expect(sameFirst / probes.length).toBeGreaterThanOrEqual(0.85);
    expect(sameInTop5 / (probes.length * 5)).toBeGreaterThanOrEqual(0.75);
  });
});
