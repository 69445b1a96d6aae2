/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): pick, one at a time, the candidate that
 * maximises λ·relevance − (1 − λ)·(max similarity to anything already picked). With λ = 1 it is the
 * plain ranking; lower λ trades relevance for variety, so that ten near-identical red skirts do not
 * fill the first page.
 */
export interface MmrCandidate {
  key: number;
  /** Relevance scaled to [0, 1] so that it is comparable with cosine similarity. */
  relevance: number;
  /** L2-normalised vector; candidates without one are never penalised for similarity. */
  vector: Float32Array | undefined;
}

function cosine(first: Float32Array, second: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < first.length; index++) sum += first[index]! * second[index]!;
  return sum;
}

export function maximalMarginalRelevance(
  candidates: readonly MmrCandidate[],
  count: number,
  lambda: number,
): number[] {
  const remaining = [...candidates];
  const picked: MmrCandidate[] = [];
  while (picked.length < count && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    remaining.forEach((candidate, index) => {
      let redundancy = 0;
      if (candidate.vector) {
        for (const chosen of picked) {
          if (chosen.vector) redundancy = Math.max(redundancy, cosine(candidate.vector, chosen.vector));
        }
      }
      const score = lambda * candidate.relevance - (1 - lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    picked.push(remaining.splice(bestIndex, 1)[0]!);
  }
  return picked.map((candidate) => candidate.key);
}
