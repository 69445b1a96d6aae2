/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): score(d) = Σ_lists 1 / (k + rank(d)),
 * ranks from 1. It needs no score calibration between BM25 and cosine similarity, which live on
 * unrelated scales, and k = 60 is the value the paper found robust.
 */
export const RRF_K = 60;

export interface RankedList {
  /** Name of the signal, kept so that a result can say why it matched. */
  name: string;
  keys: readonly number[];
}

export interface FusedHit {
  key: number;
  score: number;
  /** 1-based rank of this key in each list it appeared in. */
  ranks: Record<string, number>;
}

export function reciprocalRankFusion(lists: readonly RankedList[], k = RRF_K): FusedHit[] {
  const fused = new Map<number, FusedHit>();
  for (const list of lists) {
    list.keys.forEach((key, index) => {
      const rank = index + 1;
      const hit = fused.get(key) ?? { key, score: 0, ranks: {} };
      // A key listed twice in one list counts once, at its best rank.
      if (hit.ranks[list.name] !== undefined) return;
      hit.score += 1 / (k + rank);
      hit.ranks[list.name] = rank;
      fused.set(key, hit);
    });
  }
  // Ties broken by key so that the order is deterministic.
  return [...fused.values()].sort((first, second) => second.score - first.score || first.key - second.key);
}
