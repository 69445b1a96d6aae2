/** Inner product; the embedders return L2-normalised vectors, so this is the cosine similarity. */
export function cosine(first: Float32Array, second: Float32Array): number {
  let sum = 0;
  const length = Math.min(first.length, second.length);
  for (let index = 0; index < length; index++) sum += first[index]! * second[index]!;
  return sum;
}

/** Mean similarity of one vector to each of the others. */
export function meanSimilarity(vector: Float32Array, others: readonly Float32Array[]): number {
  if (others.length === 0) return 0;
  return others.reduce((sum, other) => sum + cosine(vector, other), 0) / others.length;
}

/** Mean similarity over all unordered pairs. */
export function meanPairwiseSimilarity(vectors: readonly Float32Array[]): number {
  let sum = 0;
  let pairs = 0;
  for (let first = 0; first < vectors.length; first++) {
    for (let second = first + 1; second < vectors.length; second++) {
      sum += cosine(vectors[first]!, vectors[second]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}
