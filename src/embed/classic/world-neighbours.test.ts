import { describe, expect, it } from 'vitest';
import { type Item, Random, renderItemSvg, sampleItem, svgToPng } from '../../world/index.ts';
import { createEmbedder } from '../create-embedder.ts';

/**
 * Is the classic descriptor good enough for the fashion world? 300 product shots from the world's
 * sampler and renderer; for each, the nearest others by cosine. Search should return the same
 * category first, then the same colour. Weights were tuned on seed 5 and the reference statistics
 * taken from seed 1; this runs seed 2 so the figures are not the tuning set's. Measured at 256-px
 * renders: top-1 same category 0.88, top-5 0.81 (chance 0.054); top-5 same colour 0.20 (chance
 * 0.061), where a ranking with all five of the query's category can reach at most 0.20 on this
 * sample, as few items have another of their category and colour. On 1,000 items, where more do,
 * top-5 same colour is 0.32 to 0.35 (see classic-descriptor.ts).
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
  it('ranks items of the same category first, then of the same colour, far above chance', async () => {
    const items = Array.from({ length: COUNT }, (_, index) =>
      sampleItem(Random.for(SEED, `item:${index}`), { id: `item-${index}` }),
    );
    const images = await Promise.all(
      items.map((item) => svgToPng(renderItemSvg(item, { size: RENDER_SIZE }))),
    );
    const embedder = await createEmbedder('classic');
    const vectors = await embedder.embedImages(images);

    let firstSameCategory = 0;
    let sameCategory = 0;
    let sameColor = 0;
    items.forEach((item, index) => {
      nearest(vectors, index, NEIGHBOURS).forEach((other, rank) => {
        if (items[other]?.category === item.category) {
          sameCategory++;
          if (rank === 0) firstSameCategory++;
        }
        if (items[other]?.color === item.color) sameColor++;
      });
    });
    const firstCategoryRate = firstSameCategory / COUNT;
    const categoryRate = sameCategory / (COUNT * NEIGHBOURS);
    const colorRate = sameColor / (COUNT * NEIGHBOURS);

    expect(firstCategoryRate).toBeGreaterThan(0.84);
    expect(categoryRate).toBeGreaterThan(0.77);
    expect(colorRate).toBeGreaterThan(0.16);
    expect(categoryRate).toBeGreaterThan(12 * chance(items, (item) => item.category));
    expect(colorRate).toBeGreaterThan(2.5 * chance(items, (item) => item.color));
  });
});
