import type { ArchetypeMixture } from './board-types.ts';

/** The mixture's archetypes, strongest first. */
export function rankedArchetypes(mixture: ArchetypeMixture): [string, number][] {
  return Object.entries(mixture).sort((first, second) => second[1] - first[1]);
}

/** "minimalist + edgy": how a board's aesthetic reads in one chip. */
export function aestheticLabel(mixture: ArchetypeMixture): string {
  return rankedArchetypes(mixture)
    .map(([name]) => name)
    .join(' + ');
}

/**
 * How much two mixtures share: the sum of the smaller weight of each archetype (histogram
 * intersection), 1 when they are the same and 0 when they name no archetype in common. It reads as
 * "the share of the taste that was recovered", which a bare top-1 match hides for two-archetype boards.
 */
export function mixtureOverlap(first: ArchetypeMixture, second: ArchetypeMixture): number {
  let shared = 0;
  for (const [name, weight] of Object.entries(first)) shared += Math.min(weight, second[name] ?? 0);
  return Math.round(shared * 100) / 100;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
