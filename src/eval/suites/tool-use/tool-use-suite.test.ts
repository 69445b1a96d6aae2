import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBoards, ingestSource, parseFilter } from '../../../search/index.ts';
import { openStore, type Store } from '../../../store/index.ts';
import { generateWorld, type Item, itemSchema } from '../../../world/index.ts';
import { promptAttributesNamed } from '../../scorers/prompt-attributes-named.ts';
import { collect, fingerprint, temporaryStore } from '../suite-test-store.test-support.ts';
import { dominantArchetype, evaluateRules, RULE_IDS } from '../world-internals.ts';
import { toolUseSuite } from './tool-use-suite.ts';
import { COMPANIONS, type ToolUseExpected } from './tool-use-tasks.ts';

interface Asset {
  id: string;
  sha256: string;
  category: string | null;
  price: number | null;
  metadata: Record<string, unknown>;
  item: Item;
}

let scratch: string;
let store: Store;
let assets: Asset[];

/** A small generated world ingested into a fresh store, with its boards (the suite reads no vectors). */
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'atelier-tool-use-'));
  const world = await generateWorld({
    seed: 17,
    items: 160,
    outfits: 0,
    boards: 3,
    scenes: 0,
    size: 64,
    sceneSize: 1024,
    boardSize: 6,
    concurrency: 2,
    out: join(scratch, 'world'),
    force: false,
  });
  store = await openStore(join(scratch, 'home'));
  await ingestSource(store, world.out, { concurrency: 2 });
  await ingestBoards(store, world.out);
  const rows = store.sqlite
    .prepare<
      [],
      { id: string; sha256: string; category: string | null; price: number | null; metadata: string }
    >('SELECT id, sha256, category, price, metadata FROM assets')
    .all();
  assets = rows.map((row) => {
    const metadata = JSON.parse(row.metadata) as Record<string, unknown>;
    return { ...row, metadata, item: itemSchema.parse(metadata) };
  });
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Whether an asset satisfies one filter, read the way the search module reads it (column or metadata). */
function satisfies(asset: Asset, text: string): boolean {
  const filter = parseFilter(text);
  const value =
    filter.field === 'category'
      ? asset.category
      : filter.field === 'price'
        ? asset.price
        : asset.metadata[filter.field];
  switch (filter.op) {
    case '=':
      return value === filter.value;
    case '<':
      return typeof value === 'number' && value < Number(filter.value);
    default:
      throw new Error(`the test does not read ${filter.op}`);
  }
}

const pairRules = RULE_IDS.filter((rule) => rule !== 'structure');

describe('tool-use suite', () => {
  it('refuses to build tasks without an indexed catalog, and says how to make one', async () => {
    const empty = await temporaryStore();
    try {
      expect(() => toolUseSuite.count({ store: empty.store, seed: 1, options: {} })).toThrow(
        /needs an indexed catalog/,
      );
      try {
        toolUseSuite.count({ store: empty.store, seed: 1, options: {} });
      } catch (error) {
        expect((error as { code: string }).code).toBe('INDEX_MISSING');
        expect((error as { hint: string }).hint).toMatch(/atelier demo.*atelier index/);
      }
    } finally {
      await empty.close();
    }
  });

  it('builds every template, with validIds that are non-empty and exactly the items meeting every constraint', async () => {
    const samples = await collect(toolUseSuite, store, 4, 16);
    const templates: Record<string, number> = {};
    const boards = store.sqlite
      .prepare<[], { user_id: string; taste: string }>('SELECT user_id, taste FROM boards')
      .all();
    for (const sample of samples) {
      const expected = sample.expected as ToolUseExpected;
      const template = String(sample.difficulty.template);
      templates[template] = (templates[template] ?? 0) + 1;
      expect(sample.kind).toBe('agent');
      expect(sample.scorer).toBe('tool-use');
      expect(sample.tools).toBeUndefined();
      if (template === 'visualise') {
        expect(expected.tools).toEqual(['generate_image']);
        expect(expected.requiredAttributes).toEqual(expected.arguments?.generate_image?.promptAttributes);
        expect(sample.images).toHaveLength(1);
        continue;
      }
      const valid = new Set(expected.validIds);
      expect(valid.size, sample.id).toBeGreaterThan(0);
      if (template === 'board-style') {
        expect(expected.tools).toEqual(['get_board', 'search_catalog']);
        const user = /board of (\S+)\?/.exec(sample.question)![1]!;
        const taste = JSON.parse(boards.find((board) => board.user_id === user)!.taste) as Record<
          string,
          number
        >;
        for (const asset of assets) {
          const style = dominantArchetype(asset.item.archetypes);
          expect(valid.has(asset.id), asset.id).toBe(style !== undefined && (taste[style] ?? 0) > 0);
        }
        continue;
      }
      const filters = expected.arguments!.search_catalog!.filters;
      expect(expected.tools).toEqual(['search_catalog']);
      let anchor: Asset | undefined;
      if (template === 'matching-search') {
        const image = sample.images[0]!;
        anchor = assets.find((asset) => 'sha256' in image && asset.sha256 === image.sha256);
        expect(anchor?.item.slot).toBe('bottom');
      }
      for (const asset of assets) {
        const meets =
          filters.every((filter) => satisfies(asset, filter)) &&
          (!anchor || evaluateRules([anchor.item, asset.item], pairRules).every((outcome) => outcome.passed));
        expect(valid.has(asset.id), `${sample.id} ${asset.id}`).toBe(meets);
      }
    }
    expect(Object.keys(templates).sort()).toEqual([
      'board-style',
      'filtered-search',
      'matching-search',
      'visualise',
    ]);
    expect(Object.values(templates)).toEqual([4, 4, 4, 4]);
  });

  it('asks generate_image for garments the scorer reads back from a prompt', () => {
    for (const companion of [...COMPANIONS.upper, ...COMPANIONS.lower]) {
      const prompt = `a red bag with ${companion.phrase}`;
      expect(promptAttributesNamed(prompt, companion.attributes), companion.phrase).toBe(1);
      expect(promptAttributesNamed('a red bag', companion.attributes)).toBeLessThan(1);
    }
  });

  it('is deterministic for a seed and a catalog', async () => {
    const once = await collect(toolUseSuite, store, 9, 8);
    const again = await collect(toolUseSuite, store, 9, 8);
    expect(fingerprint(again)).toEqual(fingerprint(once));
    expect(once.map((sample) => sample.expected)).toEqual(again.map((sample) => sample.expected));
  });
});
