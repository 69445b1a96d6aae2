import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../store/index.ts';
import { type Item, itemSchema, PALETTE } from '../../../world/index.ts';
import { evalSampleSchema } from '../../sample.ts';
import {
  collect,
  colorMask,
  cornerColor,
  decodeBlob,
  fingerprint,
  letterCounts,
  regions,
  temporaryStore,
} from '../suite-test-store.test-support.ts';
import { renderItem } from '../world-internals.ts';
import { perceptionSuite } from './perception-suite.ts';

interface Expected {
  attribute: string;
  path: string;
  value: string;
  detailFraction: number;
  item: Item;
}

/** The palette colours drawn on an item. */
function itemHexes(item: Item): string[] {
  const names = [
    item.color,
    item.pattern.kind === 'solid' ? null : item.pattern.color,
    item.details.hardware,
    item.details.logo?.color,
    item.details.stitching,
  ];
  return names
    .filter((name): name is string => typeof name === 'string')
    .map((name) => PALETTE[name as keyof typeof PALETTE].hex);
}

const expectedOf = (sample: { expected?: unknown }) => sample.expected as Expected;

/** Paths (dotted) where two JSON values differ. */
function differences(first: unknown, second: unknown, path = ''): string[] {
  if (typeof first === 'object' && first !== null && typeof second === 'object' && second !== null) {
    const keys = new Set([...Object.keys(first), ...Object.keys(second)]);
    return [...keys].flatMap((key) =>
      differences(
        (first as Record<string, unknown>)[key],
        (second as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      ),
    );
  }
  return first === second ? [] : [path];
}

let first: { store: Store; close(): Promise<void> };
let second: { store: Store; close(): Promise<void> };

beforeAll(async () => {
  first = await temporaryStore();
  second = await temporaryStore();
});
afterAll(async () => {
  await first.close();
  await second.close();
});

describe('perception suite', () => {
  it('rebuilds the same samples, answers and image bytes from the same seed', async () => {
    const options = { resolution: 96 };
    const once = await collect(perceptionSuite, first.store, 7, 12, options);
    const again = await collect(perceptionSuite, second.store, 7, 12, options);
    expect(fingerprint(again)).toEqual(fingerprint(once));
    const other = await collect(perceptionSuite, second.store, 8, 12, options);
    expect(fingerprint(other)).not.toEqual(fingerprint(once));
    expect(once.map((sample) => sample.id).slice(0, 2)).toEqual(['perception-000000', 'perception-000001']);
    for (const sample of once) expect(evalSampleSchema.parse(sample)).toEqual(sample);
  });

  it('balances the answer letter exactly over 40 multiple-choice samples', async () => {
    const samples = await collect(perceptionSuite, first.store, 3, 40, { format: 'mc', resolution: 64 });
    expect(letterCounts(samples)).toEqual({ A: 10, B: 10, C: 10, D: 10 });
    expect(samples.every((sample) => sample.scorer === 'choice' && sample.choices?.length === 4)).toBe(true);
    // Every attribute gets asked, and each option list holds the truth where the letter says.
    expect(new Set(samples.map((sample) => sample.difficulty.attribute)).size).toBeGreaterThanOrEqual(8);
    for (const sample of samples) {
      const { value } = expectedOf(sample);
      const index = sample.answer.charCodeAt(0) - 65;
      expect(sample.choices![index]).toContain(
        value === 'solid' ? 'solid' : value.replace('colorblock', 'colour block'),
      );
    }
  });

  it('mixes short answers with aliases and multiple choice, and records difficulty keys', async () => {
    const samples = await collect(perceptionSuite, first.store, 5, 16, { resolution: 64, distractors: 2 });
    const short = samples.filter((sample) => sample.scorer === 'exact');
    const choice = samples.filter((sample) => sample.scorer === 'choice');
    expect(short).toHaveLength(8);
    expect(choice).toHaveLength(8);
    for (const sample of short) {
      expect(sample.choices).toBeUndefined();
      expect(sample.answer).toBe(expectedOf(sample).value);
      expect(sample.aliases).toBeDefined();
    }
    for (const sample of choice) expect(sample.choices).toHaveLength(3);
    for (const sample of samples) {
      expect(Object.keys(sample.difficulty)).toEqual(
        expect.arrayContaining(['attribute', 'format', 'resolution', 'detail']),
      );
      expect(['<1%', '1-5%', '>5%']).toContain(sample.difficulty.detail);
      expect(sample.boxes?.length).toBeGreaterThan(0);
    }
  });

  it('pairs every 4th sample with the next: one attribute changed, different answers', async () => {
    const samples = await collect(perceptionSuite, first.store, 11, 48, { resolution: 64 });
    let pairs = 0;
    for (let index = 0; index < samples.length; index += 4) {
      const [a, b] = [samples[index]!, samples[index + 1]!];
      expect(a.pair).toBeDefined();
      expect(b.pair).toBe(a.pair);
      expect(samples[index + 2]!.pair).toBeUndefined();
      expect(a.question).toBe(b.question);
      expect(a.choices).toEqual(b.choices);
      expect(a.answer).not.toBe(b.answer);
      const [itemA, itemB] = [expectedOf(a).item, expectedOf(b).item];
      itemSchema.parse(itemB);
      const changed = differences({ ...itemA, id: '' }, { ...itemB, id: '' });
      const path = expectedOf(a).path;
      expect(changed.length).toBeGreaterThan(0);
      for (const where of changed)
        expect(where === path || where.startsWith(`${path}.`), `${a.id}: ${where}`).toBe(true);
      expect(expectedOf(a).value).not.toBe(expectedOf(b).value);
      pairs++;
    }
    expect(pairs).toBe(12);
  });

  it('asks only what the pixels show: button counts and logo colours read back from the PNG', async () => {
    const samples = await collect(perceptionSuite, first.store, 2, 60, { format: 'short', resolution: 384 });
    const buttons = samples.filter((sample) => sample.difficulty.attribute === 'button-count').slice(0, 4);
    const logos = samples.filter((sample) => sample.difficulty.attribute === 'logo-color').slice(0, 4);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(logos.length).toBeGreaterThanOrEqual(3);
    for (const sample of buttons) {
      const { item } = expectedOf(sample);
      const image = sample.images[0]!;
      const raster = await decodeBlob(first.store, 'sha256' in image ? image.sha256 : '');
      const hardware = PALETTE[item.details.hardware as keyof typeof PALETTE].hex;
      const others = [cornerColor(raster), ...itemHexes(item)].filter((hex) => hex !== hardware);
      const seen = regions(colorMask(raster, hardware, 14, others), raster.width, 4);
      expect({ id: sample.id, seen: seen.length }).toEqual({ id: sample.id, seen: Number(sample.answer) });
    }
    for (const sample of logos) {
      const { item } = expectedOf(sample);
      const image = sample.images[0]!;
      const raster = await decodeBlob(first.store, 'sha256' in image ? image.sha256 : '');
      const logo = PALETTE[sample.answer as keyof typeof PALETTE].hex;
      const others = [cornerColor(raster), ...itemHexes(item)].filter((hex) => hex !== logo);
      const [largest] = regions(colorMask(raster, logo, 14, others), raster.width, 4).sort(
        (x, y) => y.area - x.area,
      );
      expect(largest, sample.id).toBeDefined();
      const box = sample.boxes![0]!.box;
      expect(largest!.x).toBeGreaterThanOrEqual(box[0]);
      expect(largest!.x).toBeLessThanOrEqual(box[2]);
      // The logo sits in the third of the body its record names.
      const { body } = renderItem(item, { size: 384 }).layout;
      const column = Math.floor(((largest!.x - body.x) / body.width) * 3);
      const row = Math.floor(((largest!.y - body.y) / body.height) * 3);
      const position = item.details.logo!.position;
      const expectedRow = position.startsWith('top') ? 0 : position.startsWith('bottom') ? 2 : 1;
      const expectedColumn = position.endsWith('left') ? 0 : position.endsWith('right') ? 2 : 1;
      expect({ row, column }).toEqual({ row: expectedRow, column: expectedColumn });
    }
  });

  it('refuses unknown or out-of-range options with a hint', () => {
    const context = { store: first.store, seed: 1, options: {} };
    expect(perceptionSuite.count({ ...context, limit: 30 })).toBe(30);
    expect(perceptionSuite.count(context)).toBe(200);
    expect(() => perceptionSuite.count({ ...context, options: { resolutoin: 256 } })).toThrow(
      /no option "resolutoin"/,
    );
    expect(() => perceptionSuite.count({ ...context, options: { format: 'essay' } })).toThrow(
      /mc, short, mixed/,
    );
    expect(() => perceptionSuite.count({ ...context, options: { distractors: 40 } })).toThrow(/from 1 to 8/);
  });
});
