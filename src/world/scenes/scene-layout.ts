import { type Box, boxesOverlap } from '../geometry.ts';
import type { Random } from '../random.ts';

/**
 * Places objects of very different sizes on a large canvas without overlaps. Small objects are the
 * point of a detail scene (V*Bench / HR-Bench regime): at 4096 px a 2% object is ~80 px wide and its
 * logo a few pixels, so a model has to zoom to answer.
 */
export interface LayoutOptions {
  size: number;
  count: number;
  /** Smallest and largest object side as a fraction of the canvas side. */
  minFraction: number;
  maxFraction: number;
  /** Placement attempts per object before the object is dropped. */
  attempts?: number;
}

export function layoutScene(random: Random, options: LayoutOptions): Box[] {
  const { size, count, minFraction, maxFraction } = options;
  const attempts = options.attempts ?? 60;
  const margin = Math.round(size * 0.01);
  // Largest first: big objects are hard to fit late, small ones fill the gaps.
  const sides = Array.from({ length: count }, () => {
    // Squaring a uniform draw skews towards small objects, which are what the scene is for.
    const t = random.next() ** 2;
    return Math.round(size * (minFraction + t * (maxFraction - minFraction)));
  }).sort((first, second) => second - first);
  const placed: Box[] = [];
  for (const side of sides) {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const box = {
        x: random.int(margin, size - margin - side),
        y: random.int(margin, size - margin - side),
        width: side,
        height: side,
      };
      if (placed.every((other) => !boxesOverlap(box, other, margin))) {
        placed.push(box);
        break;
      }
    }
  }
  return placed;
}
