import { ARCHETYPE_PROFILES } from '../archetypes.ts';
import { type ArchetypeMixture, type Item, itemColors } from '../item.ts';
import { COLOR_NAMES } from '../palette.ts';
import { normalizeMixture } from '../rules/index.ts';
import { ARCHETYPES, type Archetype, CATEGORIES, CATEGORY_INFO, type Category } from '../vocabulary.ts';

/*
 * How probable an item's visible attributes are under one archetype: P(category) · P(colour) ·
 * P(pattern kind) · P(pattern colour) · P(texture) · P(formality), each read from the archetype's
 * profile. The floors are the item sampler's own (a colour nobody prefers still turns up 0.08 as
 * often as a weight-1 colour), so for a pure archetype this is close to the generator's likelihood.
 * Only what a picture shows is used, never the item's latent `archetypes` field: a model looking at
 * a board cannot see it, so the ground truth must be recoverable without it.
 */
const COLOR_FLOOR = 0.08;
const PATTERN_FLOOR = 0.05;
const TEXTURE_FLOOR = 0.1;
/** Formality outside an archetype's centre ±1 still happens through mixed items; never impossible. */
const FORMALITY_FLOOR = 0.02;

function normalised<K extends string | number>(
  keys: readonly K[],
  weight: (key: K) => number,
): Map<K, number> {
  const total = keys.reduce((sum, key) => sum + weight(key), 0);
  return new Map(keys.map((key) => [key, weight(key) / total]));
}

/** round(centre + U(−1, 1)) clamped to the category's range, as the item sampler draws it. */
function formalityTable(centre: number, [low, high]: readonly [number, number]): Map<number, number> {
  const levels = [1, 2, 3, 4, 5];
  const raw = new Map(levels.map((level) => [level, FORMALITY_FLOOR]));
  for (const [offset, share] of [
    [-1, 0.25],
    [0, 0.5],
    [1, 0.25],
  ] as const) {
    const level = Math.min(high, Math.max(low, centre + offset));
    raw.set(level, raw.get(level)! + share);
  }
  return normalised(levels, (level) => (level < low || level > high ? 0 : raw.get(level)!));
}

interface ArchetypeTables {
  category: Map<Category, number>;
  color: Map<string, number>;
  pattern: Map<Category, Map<string, number>>;
  texture: Map<Category, Map<string, number>>;
  formality: Map<Category, Map<number, number>>;
}

function buildTables(archetype: Archetype): ArchetypeTables {
  const profile = ARCHETYPE_PROFILES[archetype];
  const perCategory = <V>(build: (category: Category) => V) =>
    new Map(CATEGORIES.map((category) => [category, build(category)]));
  return {
    category: normalised(CATEGORIES, (category) => profile.categories[category] ?? 1),
    color: normalised(COLOR_NAMES, (color) => (profile.colors[color] ?? 0) + COLOR_FLOOR),
    pattern: perCategory((category) =>
      normalised(CATEGORY_INFO[category].patterns, (kind) => (profile.patterns[kind] ?? 0) + PATTERN_FLOOR),
    ),
    texture: perCategory((category) =>
      normalised(
        CATEGORY_INFO[category].textures,
        (texture) => (profile.textures[texture] ?? 0) + TEXTURE_FLOOR,
      ),
    ),
    formality: perCategory((category) =>
      formalityTable(profile.formality, CATEGORY_INFO[category].formality),
    ),
  };
}

const TABLES = new Map(ARCHETYPES.map((archetype) => [archetype, buildTables(archetype)]));

/** log P(item's visible attributes | archetype). */
export function archetypeLogLikelihood(item: Item, archetype: Archetype): number {
  const tables = TABLES.get(archetype)!;
  const { category } = item;
  const probabilities = [
    tables.category.get(category),
    ...itemColors(item).map((color) => tables.color.get(color)),
    tables.pattern.get(category)!.get(item.pattern.kind),
    tables.texture.get(category)!.get(item.texture),
    tables.formality.get(category)!.get(item.formality),
  ];
  // An attribute outside the category's vocabulary (a hand-edited row) costs a lot but stays finite.
  return probabilities.reduce<number>((sum, probability) => sum + Math.log(probability || 1e-6), 0);
}

/** Every archetype equally likely: the catalog as a whole, against which a taste's pull is measured. */
export const BACKGROUND_MIXTURE: ArchetypeMixture = Object.fromEntries(
  ARCHETYPES.map((archetype) => [archetype, 1 / ARCHETYPES.length]),
);

/** log P(item | mixture), the mixture of the archetypes' likelihoods; an empty mixture means the background. */
export function mixtureLogLikelihood(item: Item, mixture: ArchetypeMixture): number {
  const given = normalizeMixture(mixture);
  const weights = Object.keys(given).length > 0 ? given : BACKGROUND_MIXTURE;
  const terms = ARCHETYPES.filter((archetype) => (weights[archetype] ?? 0) > 0).map(
    (archetype) => Math.log(weights[archetype]!) + archetypeLogLikelihood(item, archetype),
  );
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((sum, term) => sum + Math.exp(term - top), 0));
}
