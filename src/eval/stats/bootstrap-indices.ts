import { AtelierError } from '../../core/index.ts';
import { DEFAULT_RESAMPLES } from './bootstrap-options.ts';
import { groupClusters } from './cluster-groups.ts';
import { seededRandom } from './seeded-random.ts';

export interface BootstrapIndicesOptions {
  /** One label per item; items sharing a label are drawn together (the cluster bootstrap). */
  clusters?: readonly string[] | undefined;
  /** How many resamples to yield (default 2,000). */
  resamples?: number | undefined;
  seed: number;
}

/**
 * Yields `resamples` bootstrap resamples of the items 0 … n − 1 as arrays of indices, so that
 * statistics over several aligned arrays (labels and scores, run A and run B) resample them
 * together and nothing but indices is ever copied.
 *
 * Without clusters each resample draws n indices with replacement. With clusters it draws as many
 * clusters as there are, with replacement, and lists every member of each drawn cluster, so its
 * length varies. When every cluster is a singleton, the draws are exactly those of the unclustered
 * bootstrap with the same seed.
 *
 * The yielded array is a view of one buffer that the next resample overwrites: read it (or copy it)
 * before asking for the next one.
 */
export function bootstrapIndices(
  n: number,
  options: BootstrapIndicesOptions,
): Generator<Uint32Array, void, undefined> {
  if (!(Number.isInteger(n) && n >= 0 && n < 2 ** 32)) {
    throw new AtelierError('INVALID_ARGUMENT', `bootstrapIndices needs a whole number of items, got ${n}`);
  }
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `bootstrapIndices needs a positive whole number of resamples, got ${resamples}`,
    );
  }
  if (options.clusters !== undefined && options.clusters.length !== n) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `Cluster labels and data differ in length (${options.clusters.length} labels for ${n} items)`,
      { hint: 'Give exactly one cluster label per item, in the same order.' },
    );
  }
  const random = seededRandom(options.seed);
  return options.clusters === undefined || n === 0
    ? plainResamples(n, resamples, random.nextInt)
    : clusterResamples(options.clusters, resamples, random.nextInt);
}

function* plainResamples(
  n: number,
  resamples: number,
  nextInt: (bound: number) => number,
): Generator<Uint32Array, void, undefined> {
  const buffer = new Uint32Array(n);
  for (let resample = 0; resample < resamples; resample++) {
    for (let index = 0; index < n; index++) buffer[index] = nextInt(n);
    yield buffer;
  }
}

function* clusterResamples(
  labels: readonly string[],
  resamples: number,
  nextInt: (bound: number) => number,
): Generator<Uint32Array, void, undefined> {
  const { count, starts, members } = groupClusters(labels);
  let buffer = new Uint32Array(labels.length);
  for (let resample = 0; resample < resamples; resample++) {
    let length = 0;
    for (let draw = 0; draw < count; draw++) {
      const cluster = nextInt(count);
      const start = starts[cluster] as number;
      const end = starts[cluster + 1] as number;
      if (length + end - start > buffer.length) {
        // A resample that drew the big clusters more than once is longer than n; grow geometrically.
        const grown = new Uint32Array(Math.max(2 * buffer.length, length + end - start));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      for (let member = start; member < end; member++) buffer[length++] = members[member] as number;
    }
    yield buffer.subarray(0, length);
  }
}
