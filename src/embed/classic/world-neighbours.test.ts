import { describe, expect, it } from 'vitest';
import { type Item, Random, sampleItem } from '../../world/index.ts';
import { renderItemSvg, svgToPng } from '../../world/index.ts';
import { createEmbedder } from '../create-embedder.ts';

/**
 * Is the classic descriptor good enough for the fashion world? 300 product shots from the world's
 * sampler and renderer; for each, the 5 nearest others by cosine. Weights were tuned on seed 1;
 * this runs seed 2 so the figures are not the tuning set's. Measured at 256 px renders (the
 * descriptor works at 128 px, so 512-px renders give the same figures, four times slower):
 * category 0.43 (chance 0.054), colour 0.58 (chance 0.061), both 0.125 (the best any ranking can
 * reach on this sample is 0.199, as few items have five others of their category and colour).
 */
const SEED = 2;
const COUNT = 300;
const NEIGHBOURS = 5;
const RENDER_SIZE = 256;

/** Probability that two distinct items of the sample share `key`: the rate a random ranking gets. */
function chance(items: readonly Item[], key: (item: Item) => string): number {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  let pairs = 0;
  for (const count of counts.values()) pairs += count * (count - 1);
  return pairs / (items.length * (items.length - 1));
}

function dot(first: Float32Array, second: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < first.length; index++)
    sum += (first[index] as number) * (second[index] as number);
  return sum;
}

function nearest(vectors: readonly Float32Array[], index: number, count: number): number[] {
  const query = vectors[index] as Float32Array;
  return vectors
    .map((vector, other) => ({ other, score: dot(vector, query) }))
    .filter(({ other }) => other !== index)
    .sort((first, second) => second.score - first.score || first.other - second.other)
    .slice(0, count)
    .map(({ other }) => other);
}

describe('classic embedder on the fashion world', () => {
  it('ranks items of the same category and the same colour first, far above chance', async () => {
    const items = Array.from({ length: COUNT }, (_, index) =>
      sampleItem(Random.for(SEED, `item:${index}`), { id: `item-${index}` }),
    );
    const images = await Promise.all(
      items.map((item) => svgToPng(renderItemSvg(item, { size: RENDER_SIZE }))),
    );
    const embedder = await createEmbedder('classic');
    const vectors = await embedder.embedImages(images);

    let sameCategory = 0;
    let sameColor = 0;
    items.forEach((item, index) => {
      for (const other of nearest(vectors, index, NEIGHBOURS)) {
        if (items[other]?.category === item.category) sameCategory++;
        if (items[other]?.color === item.color) sameColor++;
      }
    });
    const categoryRate = sameCategory / (COUNT * NEIGHBOURS);
    const colorRate = sameColor / (COUNT * NEIGHBOURS);

    expect(categoryRate).toBeGreaterThan(0.36);
    expect(colorRate).toBeGreaterThan(0.5);
    expect(categoryRate).toBeGreaterThan(6 * chance(items, (item) => item.category));
    expect(colorRate).toBeGreaterThan(6 * chance(items, (item) => item.color));
  });
});
