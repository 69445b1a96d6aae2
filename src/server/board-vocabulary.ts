import { ARCHETYPE_PROFILES, ARCHETYPES, PALETTE } from '../world/index.ts';

/** What the board page draws of an archetype: the parts of its profile a person can read. */
export interface ArchetypeView {
  description: string;
  colors: Record<string, number>;
  patterns: Record<string, number>;
  /** 1 = athletic/lounge … 5 = evening/formal. */
  formality: number;
}

export interface BoardVocabulary {
  /** In the world's archetype order, so every page lists archetypes the same way. */
  archetypes: Record<string, ArchetypeView>;
  colors: Record<string, { hex: string }>;
}

function isKnown<T extends object>(table: T, name: string): name is Extract<keyof T, string> {
  return Object.hasOwn(table, name);
}

/**
 * The world's profiles of the archetypes a board's tastes name, and the hex of every colour those
 * profiles or the board's items name. Sent with the board so the page never keeps its own copy of
 * the world's vocabulary, which would drift from it. Names the world does not know are left out:
 * the page lists them without a profile or a swatch colour.
 */
export function boardVocabulary(
  archetypeNames: Iterable<string>,
  colorNames: Iterable<string>,
): BoardVocabulary {
  const wanted = new Set(archetypeNames);
  const archetypes: Record<string, ArchetypeView> = {};
  const colors = new Set(colorNames);
  for (const name of ARCHETYPES) {
    if (!wanted.has(name)) continue;
    const { description, colors: palette, patterns, formality } = ARCHETYPE_PROFILES[name];
    archetypes[name] = { description, colors: { ...palette }, patterns: { ...patterns }, formality };
    for (const color of Object.keys(palette)) colors.add(color);
  }
  const hexes: Record<string, { hex: string }> = {};
  for (const name of colors) {
    if (isKnown(PALETTE, name)) hexes[name] = { hex: PALETTE[name].hex };
  }
  return { archetypes, colors: hexes };
}
