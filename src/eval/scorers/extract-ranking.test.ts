import { describe, expect, it } from 'vitest';
import { extractRanking } from './extract-ranking.ts';

const CANDIDATES = ['c1', 'c2', 'c3', 'c12'];

describe('extractRanking', () => {
  it.each([
    ['c2, c1, c3, c12', ['c2', 'c1', 'c3', 'c12']],
    ['c12 > c1 > c2', ['c12', 'c1', 'c2']],
    ['1. c3\n2. c1\n3. c2', ['c3', 'c1', 'c2']],
    ['C2, c2, C1', ['c2', 'c1']],
    ['["c3", "c2"]', ['c3', 'c2']],
    ['c1, c7, c2', ['c1', 'c2']],
    ['Best match: c3 (the same palette), then c1.', ['c3', 'c1']],
    ['c3 looks closest. c1 is too formal.\nFinal ranking: c1, c3, c2, c12', ['c1', 'c3', 'c2', 'c12']],
    ['<think>c2 c1</think>c1, c2', ['c1', 'c2']],
  ])('%j → %j', (text, ranking) => {
    expect(extractRanking(text, CANDIDATES)).toEqual({ ranking });
  });

  it('matches ids whole, not inside longer words or ids', () => {
    const ids = ['item-1', 'item-10', 'a'];
    expect(extractRanking('item-10, item-1', ids)).toEqual({ ranking: ['item-10', 'item-1'] });
    expect(extractRanking('item-100 and item-1x', ids)).toEqual({
      unparseable: 'names none of the candidates',
    });
    expect(extractRanking('a, item-1', ids)).toEqual({ ranking: ['a', 'item-1'] });
  });

  it('keeps the whole text when the final statement names no candidate', () => {
    expect(extractRanking('c2 then c3. The answer: see above', CANDIDATES)).toEqual({
      ranking: ['c2', 'c3'],
    });
  });

  it.each([
    ['', 'empty answer'],
    ['I cannot rank these.', 'names none of the candidates'],
    ['c7, c8', 'names none of the candidates'],
  ])('%j → unparseable (%s)', (text, reason) => {
    expect(extractRanking(text, CANDIDATES)).toEqual({ unparseable: reason });
  });
});
