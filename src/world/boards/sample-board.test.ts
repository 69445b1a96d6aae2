import { describe, expect, it } from 'vitest';
import { itemIndex, worldItemPool } from '../catalog-pool.ts';
import { Random } from '../random.ts';
import { dominantArchetype } from '../rules/index.ts';
import { ARCHETYPES } from '../vocabulary.ts';
import { boardSchema } from './board.ts';
import { sampleBoard, sampleTaste } from './sample-board.ts';
import { inferTaste } from './taste-summary.ts';

const pool = worldItemPool(7, 3000);
const resolve = (id: string) => pool.get(itemIndex(id));

describe('sampleTaste', () => {
  it('draws one or two archetypes whose weights sum to 1', () => {
    for (let seed = 0; seed < 50; seed++) {
      const taste = sampleTaste(Random.for(seed, 'taste'));
      const weights = Object.values(taste);
      expect(weights.length === 1 || weights.length === 2).toBe(true);
      expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
    }
  });
});

describe('sampleBoard', () => {
  it('saves the requested number of distinct pool items and reads back through the schema', () => {
    const board = sampleBoard(Random.for(1, 'board'), pool, 'user-1', { size: 20 });
    expect(board.userId).toBe('user-1');
    expect(board.itemIds).toHaveLength(20);
    expect(new Set(board.itemIds).size).toBe(20);
    for (const id of board.itemIds) expect(resolve(id).id).toBe(id);
    expect(boardSchema.parse(JSON.parse(JSON.stringify(board)))).toEqual(board);
  });

  it('is deterministic', () => {
    const first = sampleBoard(Random.for(4, 'board'), pool, 'u');
    expect(sampleBoard(Random.for(4, 'board'), worldItemPool(7, 3000), 'u')).toEqual(first);
    expect(sampleBoard(Random.for(5, 'board'), pool, 'u')).not.toEqual(first);
  });

  it('lets the latent taste be recovered from the items: ≥ 80% of 100 boards of 20 (measured 94%)', () => {
    let recovered = 0;
    for (let seed = 0; seed < 100; seed++) {
      const board = sampleBoard(Random.for(seed, 'board'), pool, `user-${seed}`, { size: 20 });
      if (dominantArchetype(inferTaste(board, resolve)) === dominantArchetype(board.taste)) recovered++;
    }
    expect(recovered).toBeGreaterThanOrEqual(80);
  });

  it('is no better than chance when the board ignores the taste (the measure can fail)', () => {
    // Boards of random pool items, labelled with a random taste: a guess is right about 1 in 9.
    let recovered = 0;
    for (let seed = 0; seed < 100; seed++) {
      const random = Random.for(seed, 'control');
      const itemIds = Array.from({ length: 20 }, () => pool.get(random.int(0, pool.size - 1)).id);
      const taste = { [random.pick(ARCHETYPES)]: 1 };
      if (
        dominantArchetype(inferTaste({ userId: 'c', taste, itemIds }, resolve)) === dominantArchetype(taste)
      ) {
        recovered++;
      }
    }
    expect(recovered).toBeLessThan(30);
  });

  it('honours a given taste', () => {
    const board = sampleBoard(Random.for(2, 'board'), pool, 'u', { taste: { edgy: 1 }, size: 30 });
    expect(board.taste).toEqual({ edgy: 1 });
    expect(dominantArchetype(inferTaste(board, resolve))).toBe('edgy');
  });
});
