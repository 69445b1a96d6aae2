import { AtelierError } from '../../core/index.ts';
import {
  type BootstrapResult,
  bootstrapStatistic,
  type IndexStatistic,
  identityIndices,
} from './bootstrap.ts';
import type { IntervalOptions } from './bootstrap-options.ts';

/**
 * ROC AUC as the Mann–Whitney U statistic (Hanley & McNeil 1982): the probability that a random
 * positive scores above a random negative, ties counted half. NaN when either class is missing.
 */
export function rocAuc(labels: readonly boolean[], scores: ArrayLike<number>): number {
  return aucOfIndices(labels, scores)(identityIndices(labels.length));
}

/**
 * A bootstrap interval for the AUC, resampling labels and scores together (by cluster when
 * given). Resamples that draw only one class have no AUC: they are skipped and counted in
 * `skipped`.
 */
export function aucInterval(
  labels: readonly boolean[],
  scores: ArrayLike<number>,
  options: IntervalOptions,
): BootstrapResult {
  return bootstrapStatistic(labels.length, aucOfIndices(labels, scores), options);
}

/**
 * The AUC of any multiset of items given by index, in O(n + m) per call: the items are sorted by
 * score once, into groups of equal scores; each call counts positives and negatives per group and
 * sweeps the groups upwards, adding for each positive the negatives below it plus half those tied.
 * A bootstrap then never sorts again.
 */
export function aucOfIndices(labels: readonly boolean[], scores: ArrayLike<number>): IndexStatistic {
  if (labels.length !== scores.length) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `AUC needs one score per label, got ${labels.length} labels and ${scores.length} scores`,
      {
        hint: 'Pass the labels and the predictions of the same samples, in the same order.',
      },
    );
  }
  const n = labels.length;
  for (let index = 0; index < n; index++) {
    if (!Number.isFinite(scores[index])) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `AUC got a score that is not a finite number at index ${index}: ${scores[index]}`,
        {
          hint: 'Leave out samples without a prediction (and report how many), or give them an explicit score.',
        },
      );
    }
  }
  const order = Array.from({ length: n }, (_, index) => index).sort(
    (left, right) => (scores[left] as number) - (scores[right] as number),
  );
  const groupOf = new Uint32Array(n);
  let groups = 0;
  for (let rank = 0; rank < n; rank++) {
    const index = order[rank] as number;
    if (rank > 0 && scores[index] !== scores[order[rank - 1] as number]) groups++;
    groupOf[index] = groups;
  }
  groups = n === 0 ? 0 : groups + 1;
  const positives = new Float64Array(groups);
  const negatives = new Float64Array(groups);

  return (indices) => {
    positives.fill(0);
    negatives.fill(0);
    let positiveCount = 0;
    for (let position = 0; position < indices.length; position++) {
      const index = indices[position] as number;
      const group = groupOf[index] as number;
      if (labels[index]) {
        positives[group] = (positives[group] as number) + 1;
        positiveCount++;
      } else {
        negatives[group] = (negatives[group] as number) + 1;
      }
    }
    const negativeCount = indices.length - positiveCount;
    if (positiveCount === 0 || negativeCount === 0) return Number.NaN;
    let wins = 0;
    let negativesBelow = 0;
    for (let group = 0; group < groups; group++) {
      const tiedNegatives = negatives[group] as number;
      wins += (positives[group] as number) * (negativesBelow + tiedNegatives / 2);
      negativesBelow += tiedNegatives;
    }
    return wins / (positiveCount * negativeCount);
  };
}
