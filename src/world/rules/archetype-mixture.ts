import type { ArchetypeMixture } from '../item.ts';
import { ARCHETYPES, type Archetype } from '../vocabulary.ts';

/** The mixture scaled to sum to 1, so hand-written mixtures ({classic: 2, preppy: 1}) compare fairly. */
export function normalizeMixture(mixture: ArchetypeMixture): ArchetypeMixture {
  const total = ARCHETYPES.reduce((sum, archetype) => sum + (mixture[archetype] ?? 0), 0);
  if (total <= 0) return {};
  const normalized: ArchetypeMixture = {};
  for (const archetype of ARCHETYPES) {
    const weight = mixture[archetype] ?? 0;
    if (weight > 0) normalized[archetype] = weight / total;
  }
  return normalized;
}

/** The archetype with the largest share; ties go to the earlier archetype in the vocabulary. */
export function dominantArchetype(mixture: ArchetypeMixture): Archetype | undefined {
  let best: Archetype | undefined;
  let bestWeight = 0;
  for (const archetype of ARCHETYPES) {
    const weight = mixture[archetype] ?? 0;
    if (weight > bestWeight) {
      best = archetype;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Histogram intersection of two normalised mixtures: the share of style they have in common, from 0
 * (nothing shared) to 1 (the same mixture). Chosen over cosine because it reads directly as "a quarter
 * of this item is that item's style".
 */
export function mixtureOverlap(first: ArchetypeMixture, second: ArchetypeMixture): number {
  const a = normalizeMixture(first);
  const b = normalizeMixture(second);
  return ARCHETYPES.reduce((sum, archetype) => sum + Math.min(a[archetype] ?? 0, b[archetype] ?? 0), 0);
}

/** "edgy" or "classic 70% / preppy 30%", for messages. */
export function describeMixture(mixture: ArchetypeMixture): string {
  const entries = ARCHETYPES.map(
    (archetype) => [archetype, normalizeMixture(mixture)[archetype] ?? 0] as const,
  )
    .filter(([, weight]) => weight > 0)
    .sort((first, second) => second[1] - first[1]);
  if (entries.length === 1) return entries[0]![0];
  return entries.map(([archetype, weight]) => `${archetype} ${Math.round(weight * 100)}%`).join(' / ');
}
