import type { ArchetypeMixture, Item } from '../item.ts';
import { itemColors } from '../item.ts';
import { ARCHETYPES, type Archetype } from '../vocabulary.ts';
import { archetypeLogLikelihood } from './archetype-likelihood.ts';
import type { Board } from './board.ts';

export interface Share<K extends string> {
  value: K;
  share: number;
}

/** What a board says about its owner, in terms an assistant can quote back. */
export interface TasteSummary {
  /** Maximum-likelihood archetype mixture of the items, shares under MIN_SHARE dropped. */
  archetypes: ArchetypeMixture;
  /** Most frequent colours (body and pattern colours), share of all colour mentions. */
  colors: Share<string>[];
  patterns: Share<string>[];
  categories: Share<string>[];
  formalityMean: number;
}

const EM_ITERATIONS = 60;
/** A share below this is noise from a single odd item, not a second taste. */
const MIN_SHARE = 0.15;
const TOP = 5;

function topShares(values: readonly string[]): Share<string>[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((first, second) => second[1] - first[1] || (first[0] < second[0] ? -1 : 1))
    .slice(0, TOP)
    .map(([value, count]) => ({ value, share: Math.round((count / values.length) * 100) / 100 }));
}

/**
 * The archetype mixture that makes the items most probable, by expectation-maximisation over the
 * mixture weights with the archetype likelihoods held fixed: each item is shared among archetypes in
 * proportion to how well each explains it, and the weights follow the shares.
 */
export function estimateMixture(items: readonly Item[]): ArchetypeMixture {
  if (items.length === 0) return {};
  const likelihoods = items.map((item) => {
    const logs = ARCHETYPES.map((archetype) => archetypeLogLikelihood(item, archetype));
    const top = Math.max(...logs);
    return logs.map((log) => Math.exp(log - top));
  });
  let weights = ARCHETYPES.map(() => 1 / ARCHETYPES.length);
  for (let iteration = 0; iteration < EM_ITERATIONS; iteration++) {
    const totals = ARCHETYPES.map(() => 0);
    for (const row of likelihoods) {
      const evidence = row.reduce((sum, value, at) => sum + value * weights[at]!, 0);
      row.forEach((value, at) => {
        totals[at]! += (value * weights[at]!) / evidence;
      });
    }
    weights = totals.map((total) => total / items.length);
  }
  const kept = ARCHETYPES.map((archetype, at) => [archetype, weights[at]!] as [Archetype, number]).filter(
    ([, weight]) => weight >= MIN_SHARE,
  );
  const keptTotal = kept.reduce((sum, [, weight]) => sum + weight, 0);
  return Object.fromEntries(
    kept.map(([archetype, weight]) => [archetype, Math.round((weight / keptTotal) * 100) / 100]),
  );
}

export function tasteSummary(items: readonly Item[]): TasteSummary {
  const formalityTotal = items.reduce((sum, item) => sum + item.formality, 0);
  return {
    archetypes: estimateMixture(items),
    colors: topShares(items.flatMap((item) => itemColors(item))),
    patterns: topShares(items.map((item) => item.pattern.kind)),
    categories: topShares(items.map((item) => item.category)),
    formalityMean: items.length > 0 ? Math.round((formalityTotal / items.length) * 100) / 100 : 0,
  };
}

/** The taste a board's items imply; `resolve` maps an item id to the catalog item. */
export function inferTaste(board: Board, resolve: (id: string) => Item): ArchetypeMixture {
  return estimateMixture(board.itemIds.map(resolve));
}
