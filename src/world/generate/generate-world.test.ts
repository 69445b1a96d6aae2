import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAtelierError } from '../../core/index.ts';
import { boardSchema } from '../boards/index.ts';
import { itemSchema } from '../item.ts';
import { outfitSchema } from '../outfits/index.ts';
import { sceneSchema } from '../scenes/scene.ts';
import type { GenerateOptions } from './generate-options.ts';
import { generateWorld } from './generate-world.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function options(out: string, overrides: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    seed: 11,
    items: 80,
    outfits: 15,
    boards: 3,
    scenes: 1,
    size: 128,
    sceneSize: 1024,
    boardSize: 10,
    concurrency: 4,
    out: join(scratch, out),
    force: false,
    ...overrides,
  };
}

function treeHashes(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return hashes;
}

const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('generateWorld', () => {
  it('writes every file with valid records and images of the requested size', async () => {
    const summary = await generateWorld(options('full'));
    const root = summary.out;
    expect(readdirSync(root).sort()).toEqual(
      ['boards.jsonl', 'catalog.jsonl', 'images', 'outfits.jsonl', 'scenes.jsonl', 'world.json'].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(root, 'world.json'), 'utf8'));
    expect(manifest).toMatchObject({
      generator: 'atelier-world',
      seed: 11,
      counts: { items: 80, outfits: 15 },
    });

    const catalog = readJsonl(join(root, 'catalog.jsonl'));
    expect(catalog).toHaveLength(80);
    for (const row of catalog) {
      expect(itemSchema.safeParse(row).success).toBe(true);
      expect(row.title.length).toBeGreaterThan(3);
      expect(row.caption.length).toBeGreaterThan(10);
      expect(existsSync(join(root, row.image))).toBe(true);
    }
    const first = await sharp(join(root, catalog[0].image)).metadata();
    expect([first.width, first.height]).toEqual([128, 128]);

    const outfits = readJsonl(join(root, 'outfits.jsonl'));
    expect(outfits).toHaveLength(15);
    const ids = new Set(catalog.map((row) => row.id));
    for (const outfit of outfits) {
      for (const id of outfit.itemIds) expect(ids.has(id)).toBe(true);
      expect(outfitSchema.extend({ image: z.string() }).safeParse(outfit).success).toBe(true);
      expect(outfit.assessment.rules.length).toBeGreaterThan(0);
      expect(outfit.assessment.compatible).toBe(outfit.brokenRules.length === 0);
      expect(existsSync(join(root, outfit.image))).toBe(true);
    }
    const incompatible = outfits.filter((outfit) => !outfit.assessment.compatible);
    expect(incompatible.length).toBeGreaterThan(0);
    expect(summary.counts.compatibleOutfits + summary.counts.incompatibleOutfits).toBe(15);

    const boards = readJsonl(join(root, 'boards.jsonl'));
    expect(boards).toHaveLength(3);
    for (const board of boards) {
      expect(boardSchema.safeParse(board).success).toBe(true);
      expect(board.itemIds).toHaveLength(10);
    }

    const [scene] = readJsonl(join(root, 'scenes.jsonl'));
    const parsed = sceneSchema.parse(scene);
    const sceneImage = await sharp(join(root, parsed.image)).metadata();
    expect([sceneImage.width, sceneImage.height]).toEqual([1024, 1024]);
    expect(parsed.objects.length).toBeGreaterThan(5);
    for (const object of parsed.objects) {
      expect(object.box.x).toBeGreaterThanOrEqual(0);
      expect(object.box.x + object.box.width).toBeLessThanOrEqual(1024);
      expect(object.box.y + object.box.height).toBeLessThanOrEqual(1024);
    }
  });

  it('gives byte-identical output for the same seed whatever the concurrency', async () => {
    const one = await generateWorld(options('same-1', { concurrency: 1, items: 30, outfits: 5, scenes: 1 }));
    const many = await generateWorld(options('same-2', { concurrency: 8, items: 30, outfits: 5, scenes: 1 }));
    const other = await generateWorld(options('other', { seed: 12, items: 30, outfits: 5, scenes: 1 }));
    expect(treeHashes(many.out)).toEqual(treeHashes(one.out));
    expect(treeHashes(other.out)['catalog.jsonl']).not.toEqual(treeHashes(one.out)['catalog.jsonl']);
  });

  it('leaves nothing behind when interrupted', async () => {
    const controller = new AbortController();
    let ticks = 0;
    const progress = {
      start() {},
      tick() {
        if (++ticks === 3) controller.abort();
      },
      finish() {},
    };
    const run = generateWorld(options('interrupted', { outfits: 0, boards: 0 }), progress, controller.signal);
    await expect(run).rejects.toMatchObject({ code: 'INTERRUPTED' });
    expect(readdirSync(scratch).filter((name) => name.includes('interrupted'))).toEqual([]);
  });

  it('fails before rendering when the catalog is too small for outfits, and leaves nothing', async () => {
    const error = await generateWorld(options('tiny', { items: 2, outfits: 3, boards: 0 })).catch(
      (value) => value,
    );
    expect(isAtelierError(error)).toBe(true);
    expect(error.message).toMatch(/could not form/);
    expect(readdirSync(scratch).filter((name) => name.includes('tiny'))).toEqual([]);
  });

  it('replaces an existing world only with force', async () => {
    await generateWorld(options('replace', { items: 10, outfits: 0, boards: 0, scenes: 0 }));
    await expect(
      generateWorld(options('replace', { items: 12, outfits: 0, boards: 0, scenes: 0 })),
    ).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });
    const replaced = await generateWorld(
      options('replace', { items: 12, outfits: 0, boards: 0, scenes: 0, force: true }),
    );
    expect(readJsonl(join(replaced.out, 'catalog.jsonl'))).toHaveLength(12);
    expect(statSync(replaced.out).isDirectory()).toBe(true);
    expect(readdirSync(scratch).filter((name) => name.startsWith('.replace'))).toEqual([]);
  });
});
