import { AtelierError } from '../../core/index.ts';

/** Cluster labels as strings (image ids) or as numbers (ids a caller already assigned). */
export type ClusterLabels = readonly string[] | ArrayLike<number>;

/**
 * Items numbered by cluster: `clusterOf[i]` is the cluster of item i, clusters numbered 0 … count − 1
 * in order of first appearance, as groupClusters numbers them, so that a resample that draws
 * cluster c draws the same items in both.
 */
export interface ClusterNumbers {
  count: number;
  clusterOf: Uint32Array;
}

/** Numbers n items by their cluster labels; without labels every item is its own cluster. */
export function numberClusters(n: number, labels: ClusterLabels | undefined): ClusterNumbers {
  const clusterOf = new Uint32Array(n);
  if (labels === undefined) {
    for (let index = 0; index < n; index++) clusterOf[index] = index;
    return { count: n, clusterOf };
  }
  if (labels.length !== n) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `Cluster labels and data differ in length (${labels.length} labels for ${n} items)`,
      { hint: 'Give exactly one cluster label per item, in the same order.' },
    );
  }
  if (typeof labels[0] === 'number') {
    const numbered = numberSmallIntegers(labels as ArrayLike<number>, clusterOf);
    if (numbered !== undefined) return { count: numbered, clusterOf };
  }
  const numbers = new Map<string | number, number>();
  for (let index = 0; index < n; index++) {
    const label = labels[index] as string | number;
    let number = numbers.get(label);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(label, number);
    }
    clusterOf[index] = number;
  }
  return { count: numbers.size, clusterOf };
}

/**
 * The common case of ids a caller already numbered densely (a run's clusters, then a breakdown
 * bucket's share of them): a lookup table instead of a Map. Undefined if the labels are not
 * whole numbers below 4n.
 */
function numberSmallIntegers(labels: ArrayLike<number>, clusterOf: Uint32Array): number | undefined {
  const n = labels.length;
  let largest = 0;
  for (let index = 0; index < n; index++) {
    const label = labels[index] as number;
    if (!(Number.isInteger(label) && label >= 0 && label < 4 * n)) return undefined;
    if (label > largest) largest = label;
  }
  const numbers = new Int32Array(largest + 1).fill(-1);
  let count = 0;
  for (let index = 0; index < n; index++) {
    const label = labels[index] as number;
    let number = numbers[label] as number;
    if (number < 0) {
      number = count++;
      numbers[label] = number;
    }
    clusterOf[index] = number;
  }
  return count;
}
