import { AtelierError } from '../../core/index.ts';

/**
 * Ranking metrics for one query (a board and its candidates). Conventions, chosen once for every
 * suite and documented here because papers differ:
 * - gain is exponential, 2^rel − 1 (Burges et al. 2005, the form most learning-to-rank and
 *   recommendation work reports), so graded relevance counts a highly relevant item far above a
 *   marginal one; `gain: 'linear'` gives Järvelin & Kekäläinen's rel;
 * - the discount is log2(i + 1) for rank i ≥ 1, applied from rank 1;
 * - a ranked list may repeat an id (models do): only its first occurrence counts, the repeats take
 *   a place and earn nothing, so no metric can exceed its ideal;
 * - when there is nothing relevant to find, NDCG, recall, hit and reciprocal rank are NaN, not 0 or
 *   1: the query measures nothing, and the caller should leave it out of a mean (and say so).
 * The mean of reciprocalRank over queries is the MRR.
 */
export type Gain = 'exponential' | 'linear';

export interface DcgOptions {
  gain?: Gain | undefined;
}

/** Graded relevance by id; ids that are absent have relevance 0. */
export type Relevance = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The ids that count as relevant. */
export type RelevantSet = ReadonlySet<string> | readonly string[];

/** DCG@k of relevances listed in ranked order. */
export function dcgAt(relevances: readonly number[], k: number, options: DcgOptions = {}): number {
  checkCutoff(k);
  const gain = options.gain ?? 'exponential';
  let total = 0;
  const end = Math.min(k, relevances.length);
  for (let position = 0; position < end; position++) {
    const relevance = relevances[position] as number;
    checkRelevance(relevance);
    total += (gain === 'exponential' ? 2 ** relevance - 1 : relevance) / Math.log2(position + 2);
  }
  return total;
}

/** NDCG@k: DCG@k of the ranking over DCG@k of the ideal ordering of every judged id. */
export function ndcgAt(
  ranked: readonly string[],
  relevance: Relevance,
  k: number,
  options: DcgOptions = {},
): number {
  checkCutoff(k);
  const lookup = relevance instanceof Map ? relevance : new Map(Object.entries(relevance));
  const ideal = [...lookup.values()].filter((value) => value > 0).sort((left, right) => right - left);
  const idealDcg = dcgAt(ideal, k, options);
  if (idealDcg === 0) return Number.NaN;
  const seen = new Set<string>();
  const gains = ranked.slice(0, k).map((id) => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return lookup.get(id) ?? 0;
  });
  return dcgAt(gains, k, options) / idealDcg;
}

/** The share of the relevant ids that appear in the top k. */
export function recallAt(ranked: readonly string[], relevant: RelevantSet, k: number): number {
  checkCutoff(k);
  const wanted = asSet(relevant);
  if (wanted.size === 0) return Number.NaN;
  const found = new Set(ranked.slice(0, k).filter((id) => wanted.has(id)));
  return found.size / wanted.size;
}

/** 1 when at least one relevant id is in the top k, else 0. */
export function hitAt(ranked: readonly string[], relevant: RelevantSet, k: number): number {
  checkCutoff(k);
  const wanted = asSet(relevant);
  if (wanted.size === 0) return Number.NaN;
  return ranked.slice(0, k).some((id) => wanted.has(id)) ? 1 : 0;
}

/** 1 / the rank of the first relevant id (ranks from 1), 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], relevant: RelevantSet): number {
  const wanted = asSet(relevant);
  if (wanted.size === 0) return Number.NaN;
  const position = ranked.findIndex((id) => wanted.has(id));
  return position < 0 ? 0 : 1 / (position + 1);
}

function asSet(relevant: RelevantSet): ReadonlySet<string> {
  return relevant instanceof Set ? relevant : new Set(relevant as readonly string[]);
}

function checkCutoff(k: number): void {
  if (!(Number.isInteger(k) && k >= 1)) {
    throw new AtelierError('INVALID_ARGUMENT', `A ranking cutoff k must be a whole number ≥ 1, got ${k}`, {
      hint: 'Use k = 10 for NDCG@10, k = 5 for hit@5.',
    });
  }
}

function checkRelevance(relevance: number): void {
  if (!(Number.isFinite(relevance) && relevance >= 0)) {
    throw new AtelierError('INVALID_ARGUMENT', `Relevance grades must be finite and ≥ 0, got ${relevance}`, {
      hint: 'Grade relevance 0 (not relevant), 1, 2, … (more relevant).',
    });
  }
}
