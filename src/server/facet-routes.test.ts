import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSource } from '../search/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';
import type { Facets } from './facet-routes.ts';

/**
 * A catalog of one's own (not the generated world): "mauve" is no colour of the world's palette, one
 * item has no category, one no pattern, one no price, so every count below is known by hand.
 */
const ROWS = [
  {
    id: 'a',
    image: 'a.png',
    category: 'skirt',
    color: 'navy',
    pattern: { kind: 'stripes' },
    price: 40,
    lined: true,
  },
  {
    id: 'b',
    image: 'b.png',
    category: 'skirt',
    color: 'navy',
    pattern: { kind: 'solid' },
    price: 25.5,
    lined: true,
  },
  {
    id: 'c',
    image: 'c.png',
    category: 'coat',
    color: 'mauve',
    pattern: { kind: 'solid' },
    price: 300,
    lined: false,
  },
  { id: 'd', image: 'd.png', category: 'coat', color: 'navy' },
  { id: 'e', image: 'e.png', color: 'red', pattern: { kind: 'solid' }, price: 12 },
];

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-facets-'));
const stores: Store[] = [];

async function facetsOf(store: Store): Promise<Facets> {
  const response = await createApp({ store }).request('/api/facets');
  expect(response.status).toBe(200);
  return (await response.json()) as Facets;
}

let store: Store;
beforeAll(async () => {
  const source = join(scratch, 'source');
  mkdirSync(source, { recursive: true });
  for (const [index, row] of ROWS.entries()) {
    const image = await sharp({
      create: {
        width: 24 + index * 8,
        height: 32,
        channels: 3,
        background: { r: index * 50, g: 90, b: 200 - index * 40 },
      },
    })
      .png()
      .toBuffer();
    writeFileSync(join(source, row.image), image);
  }
  writeFileSync(join(source, 'metadata.jsonl'), `${ROWS.map((row) => JSON.stringify(row)).join('\n')}\n`);
  store = await openStore(join(scratch, 'home'));
  stores.push(store);
  const summary = await ingestSource(store, source, { concurrency: 2 });
  expect(summary.counts.added).toBe(ROWS.length);
});

afterAll(async () => {
  for (const open of stores) await open.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('GET /api/facets', () => {
  it('counts the values of the filter fields, most common first, with swatches for known colours', async () => {
    const facets = await facetsOf(store);
    expect(facets.total).toBe(5);
    expect(facets.values).toEqual({
      category: [
        { value: 'coat', count: 2 },
        { value: 'skirt', count: 2 },
      ],
      color: [
        { value: 'navy', count: 3, hex: expect.stringMatching(/^#[0-9a-f]{6}$/) },
        { value: 'mauve', count: 1 },
        { value: 'red', count: 1, hex: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      ],
      'pattern.kind': [
        { value: 'solid', count: 3 },
        { value: 'stripes', count: 1 },
      ],
    });
    expect(facets.price).toEqual({ min: 12, max: 300 });
  });

  it('names the metadata fields a filter can use, each with its most common value', async () => {
    const { fields } = await facetsOf(store);
    const byField = new Map(fields.map((hint) => [hint.field, hint]));
    expect(byField.get('color')).toEqual({ field: 'color', kind: 'text', example: 'navy' });
    expect(byField.get('pattern.kind')).toEqual({ field: 'pattern.kind', kind: 'text', example: 'solid' });
    expect(byField.get('lined')).toEqual({ field: 'lined', kind: 'boolean', example: true });
    expect(byField.get('price')?.kind).toBe('number');
    // Every item has its own id and image: no use as a filter suggestion. Tags are array elements.
    expect(byField.has('id')).toBe(false);
    expect(byField.has('image')).toBe(false);
    expect(fields.some((hint) => hint.field.startsWith('tags'))).toBe(false);
  });

  it('answers an empty catalog with no values and no price range', async () => {
    const empty = await openStore(join(scratch, 'empty'));
    stores.push(empty);
    expect(await facetsOf(empty)).toEqual({
      total: 0,
      values: { category: [], color: [], 'pattern.kind': [] },
      price: null,
      fields: [],
    });
  });

  it('is listed in GET /api', async () => {
    const body = (await (await createApp({ store }).request('/api')).json()) as {
      routes: { path: string }[];
    };
    expect(body.routes.map((route) => route.path)).toContain('/api/facets');
  });
});
