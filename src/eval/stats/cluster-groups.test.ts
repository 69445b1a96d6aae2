import { describe, expect, it } from 'vitest';
import { countClusters, groupClusters } from './cluster-groups.ts';

describe('groupClusters', () => {
  it('numbers clusters by first appearance and lists members in order', () => {
    const groups = groupClusters(['b', 'a', 'b', 'c', 'a', 'b']);
    expect(groups.count).toBe(3);
    const members = (cluster: number) =>
      Array.from(groups.members.subarray(groups.starts[cluster], groups.starts[cluster + 1]));
    expect(members(0)).toEqual([0, 2, 5]);
    expect(members(1)).toEqual([1, 4]);
    expect(members(2)).toEqual([3]);
    expect(groups.starts[3]).toBe(6);
  });

  it('handles no labels', () => {
    expect(groupClusters([])).toMatchObject({ count: 0 });
    expect(countClusters([])).toBe(0);
    expect(countClusters(['x', 'y', 'x'])).toBe(2);
  });
});
