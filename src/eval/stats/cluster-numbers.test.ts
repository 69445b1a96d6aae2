import { describe, expect, it } from 'vitest';
import { groupClusters } from './cluster-groups.ts';
import { numberClusters } from './cluster-numbers.ts';

describe('numberClusters', () => {
  it('numbers string labels in order of first appearance, as groupClusters does', () => {
    const labels = ['b', 'a', 'b', 'c', 'a', 'a'];
    const { count, clusterOf } = numberClusters(labels.length, labels);
    expect(count).toBe(3);
    expect([...clusterOf]).toEqual([0, 1, 0, 2, 1, 1]);
    const groups = groupClusters(labels);
    for (let cluster = 0; cluster < count; cluster++) {
      const members = groups.members.subarray(groups.starts[cluster], groups.starts[cluster + 1]);
      expect([...members].every((item) => clusterOf[item] === cluster)).toBe(true);
    }
  });

  it('numbers numeric labels the same way, dense or sparse, whole or not', () => {
    expect([...numberClusters(5, [7, 3, 7, 0, 3]).clusterOf]).toEqual([0, 1, 0, 2, 1]);
    expect([...numberClusters(3, Uint32Array.from([9, 9, 2])).clusterOf]).toEqual([0, 0, 1]);
    expect([...numberClusters(4, [1e9, -1, 1e9, 0.5]).clusterOf]).toEqual([0, 1, 0, 2]);
    expect(numberClusters(4, [1e9, -1, 1e9, 0.5]).count).toBe(3);
  });

  it('makes every item its own cluster without labels, and refuses labels of the wrong length', () => {
    expect(numberClusters(3, undefined)).toEqual({ count: 3, clusterOf: Uint32Array.from([0, 1, 2]) });
    expect(() => numberClusters(3, ['a', 'b'])).toThrow(/2 labels for 3 items/);
  });
});
