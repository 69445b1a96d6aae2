import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { openStore, type Store } from '../../store/index.ts';
import type { EvalSample } from '../sample.ts';
import type { SuiteDefinition } from '../suite.ts';

/** Test support: a store in a temporary folder, removed by `close`. */
export async function temporaryStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const home = mkdtempSync(join(tmpdir(), 'atelier-suites-'));
  const store = await openStore(home);
  return {
    store,
    async close() {
      await store.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function collect(
  suite: SuiteDefinition,
  store: Store,
  seed: number,
  limit: number,
  options: Record<string, string | number | boolean> = {},
): Promise<EvalSample[]> {
  const samples: EvalSample[] = [];
  for await (const sample of suite.samples({ store, seed, limit, options })) samples.push(sample);
  return samples;
}

/** What a re-run must reproduce: ids, questions, options, answers and image bytes (by hash). */
export function fingerprint(samples: readonly EvalSample[]) {
  return samples.map((sample) => ({
    id: sample.id,
    question: sample.question,
    choices: sample.choices,
    answer: sample.answer,
    images: sample.images.map((image) => ('sha256' in image ? `${image.name}:${image.sha256}` : image)),
  }));
}

export function letterCounts(samples: readonly EvalSample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) counts[sample.answer] = (counts[sample.answer] ?? 0) + 1;
  return counts;
}

export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

export async function decodeBlob(store: Store, sha256: string): Promise<Raster> {
  const { data, info } = await sharp(await store.blobs.read(sha256))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

const rgbOf = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

/** The colour of the top-left pixel: the background of a product shot. */
export function cornerColor(raster: Raster): string {
  return `#${[...raster.data.slice(0, 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * 0/1 per pixel: within `tolerance` (RGB distance) of the colour and nearer to it than to any of
 * `others` (the other colours the image is known to hold), so white buttons on an off-white
 * background are told apart from the background.
 */
export function colorMask(
  raster: Raster,
  hex: string,
  tolerance: number,
  others: readonly string[] = [],
): Uint8Array {
  const target = rgbOf(hex);
  const rivals = others.map(rgbOf);
  const mask = new Uint8Array(raster.width * raster.height);
  for (let pixel = 0; pixel < mask.length; pixel++) {
    const offset = pixel * 3;
    const distance = (rgb: number[]) =>
      Math.hypot(
        raster.data[offset]! - rgb[0]!,
        raster.data[offset + 1]! - rgb[1]!,
        raster.data[offset + 2]! - rgb[2]!,
      );
    const own = distance(target);
    mask[pixel] = own <= tolerance && rivals.every((rival) => distance(rival) > own) ? 1 : 0;
  }
  return mask;
}

/** Connected regions (4-neighbour) of a mask with at least `minArea` pixels: their areas and centroids. */
export function regions(mask: Uint8Array, width: number, minArea: number) {
  const seen = new Uint8Array(mask.length);
  const found: { area: number; x: number; y: number }[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const stack = [start];
    seen[start] = 1;
    let area = 0;
    let sumX = 0;
    let sumY = 0;
    while (stack.length > 0) {
      const pixel = stack.pop()!;
      area++;
      sumX += pixel % width;
      sumY += Math.floor(pixel / width);
      const x = pixel % width;
      const neighbours = [
        pixel - width,
        pixel + width,
        x > 0 ? pixel - 1 : -1,
        x < width - 1 ? pixel + 1 : -1,
      ];
      for (const next of neighbours) {
        if (next >= 0 && next < mask.length && mask[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    if (area >= minArea) found.push({ area, x: sumX / area, y: sumY / area });
  }
  return found;
}
