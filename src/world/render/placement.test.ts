import { describe, expect, it } from 'vitest';
import { chooseSlots, spreadAlong } from './placement.ts';

describe('spreadAlong', () => {
  it('spreads evenly when nothing is in the way', () => {
    expect(spreadAlong(0, 100, 4, 10)).toEqual([12.5, 37.5, 62.5, 87.5]);
  });

  it('keeps clear of obstacles and keeps the spacing', () => {
    const positions = spreadAlong(0, 200, 5, 20, [[80, 130]]);
    expect(positions).toHaveLength(5);
    for (const position of positions) expect(position < 80 || position > 130).toBe(true);
    const sorted = [...positions].sort((a, b) => a - b);
    for (let index = 1; index < sorted.length; index++) {
      expect(sorted[index]! - sorted[index - 1]!).toBeGreaterThanOrEqual(20);
    }
  });

  it('never drops a button: falls back to even spacing when the free room is too small', () => {
    expect(spreadAlong(0, 60, 3, 20, [[10, 50]])).toEqual([10, 30, 50]);
  });
});

describe('chooseSlots', () => {
  const slot = (x: number) => ({ x, y: 0, width: 10, height: 10 });

  it('takes candidates in order, skipping ones that hit an obstacle', () => {
    expect(chooseSlots([slot(0), slot(20), slot(40)], 2, [slot(22)])).toEqual([slot(0), slot(40)]);
  });
});
