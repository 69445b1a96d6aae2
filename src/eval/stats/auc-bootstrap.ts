import type { BootstrapResult } from './bootstrap.ts';
import { identityIndices, percentileInterval } from './bootstrap.ts';
import { checkResamplingOptions } from './bootstrap-options.ts';
import { numberClusters } from './cluster-numbers.ts';
import type { TotalsIntervalOptions } from './ratio-bootstrap.ts';
import { createCountResampler, multinomialKindLimit } from './resample-counts.ts';
import { aucOfIndices } from './roc-auc.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * The bootstrap interval of aucInterval (labels and scores resampled together, by cluster when
 * given; resamples that draw one class only are skipped), computed from what each cluster adds:
 * its positives and negatives per group of tied scores. Clusters that add the same are one kind,
 * and a resample only counts how often each kind was drawn, so no resample lists the items. With
 * method 'draw' the resamples, and so the interval, are those of aucInterval with the same seed.
 */
export function aucBootstrap(
  labels: readonly boolean[],
  scores: ArrayLike<number>,
  options: TotalsIntervalOptions,
): BootstrapResult {
  const n = labels.length;
  const resamples = checkResamplingOptions(n, {
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
  });
  // Checks the scores and gives the AUC of the data exactly as aucInterval does.
  const estimate = aucOfIndices(labels, scores)(identityIndices(n));
  if (Number.isNaN(estimate))
    return { estimate, low: Number.NaN, high: Number.NaN, resamples, skipped: resamples };
  const clusters = numberClusters(n, options.clusters);

  const order = Array.from({ length: n }, (_, index) => index).sort(
    (left, right) => (scores[left] as number) - (scores[right] as number),
  );
  // Each item as one code: its group of tied scores (ascending) times two, plus one if positive.
  const codes = new Uint32Array(n);
  let groups = 0;
  for (let rank = 0; rank < n; rank++) {
    const index = order[rank] as number;
    if (rank > 0 && scores[index] !== scores[order[rank - 1] as number]) groups++;
    codes[index] = groups * 2 + (labels[index] ? 1 : 0);
  }
  groups += 1;

  // The codes of the items of each cluster, cluster by cluster (as groupClusters lists them).
  const starts = new Uint32Array(clusters.count + 1);
  for (let index = 0; index < n; index++) {
    const slot = (clusters.clusterOf[index] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let cluster = 0; cluster < clusters.count; cluster++)
    starts[cluster + 1] = (starts[cluster + 1] as number) + (starts[cluster] as number);
  const filled = starts.slice(0, clusters.count);
  const members = new Uint32Array(n);
  for (let index = 0; index < n; index++) {
    const cluster = clusters.clusterOf[index] as number;
    const slot = filled[cluster] as number;
    members[slot] = codes[index] as number;
    filled[cluster] = slot + 1;
  }
  const limit = multinomialKindLimit(clusters.count, options.method);
  const kinds = limit > 0 ? kindsOfMembers(starts, members, limit) : undefined;

  // tallies[code]: how many drawn items carry that code (negatives at even, positives at odd
  // codes), so that adding an item is one store with no branch on its label.
  const tallies = new Float64Array(2 * groups);
  const values = new Float64Array(resamples);
  let kept = 0;
  const sweep = () => {
    let positiveCount = 0;
    let negativeCount = 0;
    for (let group = 0; group < groups; group++) {
      negativeCount += tallies[2 * group] as number;
      positiveCount += tallies[2 * group + 1] as number;
    }
    if (positiveCount === 0 || negativeCount === 0) return;
    // As aucOfIndices sweeps: each positive wins over the negatives below it and half those tied.
    let wins = 0;
    let negativesBelow = 0;
    for (let group = 0; group < groups; group++) {
      const tiedNegatives = tallies[2 * group] as number;
      wins += (tallies[2 * group + 1] as number) * (negativesBelow + tiedNegatives / 2);
      negativesBelow += tiedNegatives;
    }
    values[kept++] = wins / (positiveCount * negativeCount);
  };

  if (kinds === undefined) {
    // Too many kinds to count them multinomially: add the drawn clusters' items one by one.
    const random = seededRandom(options.seed);
    const drawn = new Uint32Array(clusters.count);
    for (let resample = 0; resample < resamples; resample++) {
      random.fillInts(drawn, clusters.count);
      tallies.fill(0);
      for (let draw = 0; draw < drawn.length; draw++) {
        const cluster = drawn[draw] as number;
        const end = starts[cluster + 1] as number;
        for (let member = starts[cluster] as number; member < end; member++) {
          const code = members[member] as number;
          tallies[code] = (tallies[code] as number) + 1;
        }
      }
      sweep();
    }
  } else {
    const kindCount = kinds.starts.length - 1;
    const resampler = createCountResampler(kinds.kindOfCluster, kindCount, options.seed);
    const counts = resampler.counts;
    for (let resample = 0; resample < resamples; resample++) {
      resampler.next();
      tallies.fill(0);
      for (let kind = 0; kind < kindCount; kind++) {
        const count = counts[kind] as number;
        if (count === 0) continue;
        const end = kinds.starts[kind + 1] as number;
        for (let member = kinds.starts[kind] as number; member < end; member++) {
          const code = kinds.codes[member] as number;
          tallies[code] = (tallies[code] as number) + count;
        }
      }
      sweep();
    }
  }
  const distribution = values.subarray(0, kept).sort();
  return {
    estimate,
    ...percentileInterval(distribution, options.confidence ?? 0.95),
    resamples,
    skipped: resamples - kept,
  };
}

/**
 * Clusters whose items have the same codes (sorted) are one kind. Undefined when there are more
 * than `limit` kinds.
 */
function kindsOfMembers(
  starts: Uint32Array,
  members: Uint32Array,
  limit: number,
): { kindOfCluster: Uint32Array; starts: number[]; codes: number[] } | undefined {
  const clusterCount = starts.length - 1;
  const kindOfCluster = new Uint32Array(clusterCount);
  const numbers = new Map<string, number>();
  const codes: number[] = [];
  const kindStarts: number[] = [0];
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const own = members.slice(starts[cluster] as number, starts[cluster + 1] as number).sort();
    const key = own.join(',');
    let kind = numbers.get(key);
    if (kind === undefined) {
      if (numbers.size >= limit) return undefined;
      kind = numbers.size;
      numbers.set(key, kind);
      codes.push(...own);
      kindStarts.push(codes.length);
    }
    kindOfCluster[cluster] = kind;
  }
  return { kindOfCluster, starts: kindStarts, codes };
}
