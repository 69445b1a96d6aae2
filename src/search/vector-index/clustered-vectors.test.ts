import { describe, expect, it } from 'vitest';
import { ClusteredDistribution } from './clustered-vectors.ts';

const DIMENSIONS = 32;

function dot(rows: Float32Array, first: number, second: number): number {
  let sum = 0;
  for (let index = 0; index < DIMENSIONS; index++)
    sum += rows[first * DIMENSIONS + index]! * rows[second * DIMENSIONS + index]!;
  return sum;
}

describe('ClusteredDistribution', () => {
  it('gives the same unit vectors for the same seeds, and new ones for a new sample seed', () => {
    const first = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 10, seed: 1 }).sample(50, 2);
    const again = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 10, seed: 1 }).sample(50, 2);
    const other = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 10, seed: 1 }).sample(50, 3);
    expect(Buffer.from(again.buffer)).toEqual(Buffer.from(first.buffer));
    expect(Buffer.from(other.buffer)).not.toEqual(Buffer.from(first.buffer));
    for (let row = 0; row < 50; row++) expect(dot(first, row, row)).toBeCloseTo(1, 5);
  });

  it('puts each point much nearer its nearest neighbour than a random point', () => {
    const count = 1000;
    const rows = new ClusteredDistribution({ dimensions: DIMENSIONS, clusters: 20, seed: 4 }).sample(
      count,
      1,
    );
    let nearest = 0;
    let random = 0;
    for (let row = 0; row < 100; row++) {
      let best = -1;
      for (let other = 0; other < count; other++)
        if (other !== row) best = Math.max(best, dot(rows, row, other));
      nearest += best / 100;
      random += dot(rows, row, (row * 7 + 13) % count) / 100;
    }
    expect(nearest).toBeGreaterThan(0.7);
    expect(random).toBeLessThan(0.3);
  });
});
