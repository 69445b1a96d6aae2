/**
 * What a random ranking scores, exactly. Under a uniformly random permutation every candidate is
 * equally likely at every rank, so E[DCG@k] = (Σ gains / n) · Σ_{rank ≤ min(k, n)} discount(rank),
 * and the ideal DCG is fixed by the grades. Gains and discounts are the ranking scorer's: 2^rel − 1
 * and 1 / log2(rank + 1).
 */
const gain = (grade: number) => 2 ** grade - 1;
const discount = (index: number) => 1 / Math.log2(index + 2);

export function expectedRandomNdcg(grades: readonly number[], k: number): number {
  const ideal = [...grades]
    .sort((first, second) => second - first)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + gain(grade) * discount(index), 0);
  if (ideal === 0) return 0;
  const depth = Math.min(k, grades.length);
  let discounts = 0;
  for (let index = 0; index < depth; index++) discounts += discount(index);
  const meanGain = grades.reduce((sum, grade) => sum + gain(grade), 0) / grades.length;
  return (meanGain * discounts) / ideal;
}

/** P(at least one relevant candidate in the top k) for a random ranking of n with r relevant. */
export function expectedRandomHit(candidates: number, relevant: number, k: number): number {
  // P(no relevant in the top k) = C(n − r, k) / C(n, k), as a product to stay exact in floating point.
  let none = 1;
  for (let index = 0; index < k; index++)
    none *= Math.max(0, candidates - relevant - index) / (candidates - index);
  return 1 - none;
}
