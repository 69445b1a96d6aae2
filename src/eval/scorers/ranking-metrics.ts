import { hitAt, ndcgAt, reciprocalRank } from '../stats/index.ts';

/**
 * The per-sample ranking metrics of a ranking sample, from the stats module's definitions (NDCG@k
 * with exponential gain 2^rel − 1 and a log2(rank + 1) discount, as TREC and the Polyvore papers
 * report). Ids the truth does not grade count as irrelevant. A sample with nothing relevant scores
 * 0 rather than NaN, so a broken sample lowers the mean instead of silently leaving it.
 */
export interface RankingMetrics {
  'ndcg@10': number;
  'hit@1': number;
  'hit@5': number;
  mrr: number;
}

const orZero = (value: number) => (Number.isNaN(value) ? 0 : value);

export function rankingMetrics(
  ranking: readonly string[],
  relevance: Record<string, number>,
): RankingMetrics {
  const relevant = Object.keys(relevance).filter((id) => (relevance[id] ?? 0) > 0);
  return {
    'ndcg@10': orZero(ndcgAt(ranking, relevance, 10)),
    'hit@1': orZero(hitAt(ranking, relevant, 1)),
    'hit@5': orZero(hitAt(ranking, relevant, 5)),
    mrr: orZero(reciprocalRank(ranking, relevant)),
  };
}
