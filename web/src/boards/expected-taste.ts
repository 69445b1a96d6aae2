import type { ArchetypeMixture, ArchetypeProfile, ArchetypeProfiles, Share } from './board-types.ts';

/** Archetype names in the order of the profiles the server sent (the world's), then unknown ones. */
export function orderedArchetypes(names: Iterable<string>, profiles: ArchetypeProfiles): string[] {
  const known = Object.keys(profiles);
  const wanted = new Set(names);
  return [
    ...known.filter((name) => wanted.has(name)),
    ...[...wanted].filter((name) => !known.includes(name)),
  ];
}

/** A mixture of the archetypes' own distributions (each normalised first), strongest first. */
function mixDistributions(
  mixture: ArchetypeMixture,
  profiles: ArchetypeProfiles,
  pick: (profile: ArchetypeProfile) => Record<string, number>,
  top: number,
): Share[] {
  const totals = new Map<string, number>();
  for (const [archetype, weight] of Object.entries(mixture)) {
    const profile = profiles[archetype];
    if (!profile) continue;
    const distribution = pick(profile);
    const sum = Object.values(distribution).reduce((total, value) => total + value, 0);
    if (sum <= 0) continue;
    for (const [value, amount] of Object.entries(distribution)) {
      totals.set(value, (totals.get(value) ?? 0) + (weight * amount) / sum);
    }
  }
  return [...totals.entries()]
    .sort((first, second) => second[1] - first[1] || (first[0] < second[0] ? -1 : 1))
    .slice(0, top)
    .map(([value, share]) => ({ value, share: Math.round(share * 100) / 100 }));
}

/** The colours a board drawn from this taste is expected to show most. */
export function expectedPalette(mixture: ArchetypeMixture, profiles: ArchetypeProfiles, top = 6): Share[] {
  return mixDistributions(mixture, profiles, (profile) => profile.colors, top);
}

export function expectedPatterns(mixture: ArchetypeMixture, profiles: ArchetypeProfiles, top = 4): Share[] {
  return mixDistributions(mixture, profiles, (profile) => profile.patterns, top);
}

/** The mixture's formality centre, or null when it names no archetype with a profile. */
export function expectedFormality(mixture: ArchetypeMixture, profiles: ArchetypeProfiles): number | null {
  let weighted = 0;
  let total = 0;
  for (const [archetype, weight] of Object.entries(mixture)) {
    const profile = profiles[archetype];
    if (!profile) continue;
    weighted += weight * profile.formality;
    total += weight;
  }
  return total > 0 ? Math.round((weighted / total) * 100) / 100 : null;
}
