/**
 * Items grouped by cluster label, in compressed form: the item indices of cluster c are
 * `members[starts[c]] … members[starts[c + 1] − 1]`, clusters numbered in order of first appearance
 * and members in their original order. Two typed arrays instead of a Map of arrays, so that
 * 100,000 singleton clusters cost 800 KB rather than 100,000 small objects.
 */
export interface ClusterGroups {
  count: number;
  starts: Uint32Array;
  members: Uint32Array;
}

export function groupClusters(labels: readonly string[]): ClusterGroups {
  const clusterOf = new Uint32Array(labels.length);
  const numbers = new Map<string, number>();
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index] as string;
    let number = numbers.get(label);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(label, number);
    }
    clusterOf[index] = number;
  }
  const count = numbers.size;
  const starts = new Uint32Array(count + 1);
  for (let index = 0; index < labels.length; index++) {
    const slot = (clusterOf[index] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let cluster = 0; cluster < count; cluster++) {
    starts[cluster + 1] = (starts[cluster + 1] as number) + (starts[cluster] as number);
  }
  const next = starts.slice(0, count);
  const members = new Uint32Array(labels.length);
  for (let index = 0; index < labels.length; index++) {
    const cluster = clusterOf[index] as number;
    const slot = next[cluster] as number;
    members[slot] = index;
    next[cluster] = slot + 1;
  }
  return { count, starts, members };
}

/** How many distinct labels there are. */
export function countClusters(labels: readonly string[]): number {
  return new Set(labels).size;
}
