import { describe, expect, it } from 'vitest';
import { chooseSearchStrategy, EXACT_SEARCH_MAX_SIZE } from './search-strategy.ts';

describe('chooseSearchStrategy', () => {
  it('scans small catalogs exactly and large ones through the graph', () => {
    expect(chooseSearchStrategy(0)).toBe('exact');
    expect(chooseSearchStrategy(EXACT_SEARCH_MAX_SIZE - 1)).toBe('exact');
    expect(chooseSearchStrategy(EXACT_SEARCH_MAX_SIZE)).toBe('hnsw');
    expect(chooseSearchStrategy(1_000_000)).toBe('hnsw');
  });

  it('scans any filtered search exactly, however many candidates', () => {
    expect(chooseSearchStrategy(1_000_000, 10)).toBe('exact');
    expect(chooseSearchStrategy(1_000_000, 900_000)).toBe('exact');
  });

  it('takes its threshold as an option', () => {
    expect(chooseSearchStrategy(50, undefined, 0)).toBe('hnsw');
    expect(chooseSearchStrategy(50_000, undefined, 100_000)).toBe('exact');
  });
});
