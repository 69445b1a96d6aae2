import { type ArchetypeMixture, type Item, itemSchema } from '../item.ts';
import { sampleItem } from '../item-sampler.ts';
import type { Random } from '../random.ts';
import { CATEGORIES, CATEGORIES_BY_SLOT, type Category, type Formality } from '../vocabulary.ts';
import { applyDetails, applyParts, applyPattern, applyPrice } from './apply-attributes.ts';
import { type AttributePath, attributeProblems } from './category-fit.ts';
import type { PromptAttributes, PromptParts } from './prompt-attributes.ts';

export interface ItemFromPrompt {
  item: Item;
  /** Stated attributes the item's category cannot have, left out, each with the reason. */
  dropped: string[];
}

/**
 * With no category said, the category that can honour the most of what was said ("a v-neck with
 * two pockets" cannot be sneakers). When every category fits equally, the sampler chooses, so the
 * stated archetypes still shape the choice.
 */
function chooseCategory(attributes: PromptAttributes, random: Random): Category | undefined {
  const candidates = attributes.slot ? CATEGORIES_BY_SLOT[attributes.slot] : CATEGORIES;
  const scored = candidates.map((category) => ({
    category,
    problems: attributeProblems(category, attributes).length,
  }));
  const fewest = Math.min(...scored.map((entry) => entry.problems));
  const best = scored.filter((entry) => entry.problems === fewest).map((entry) => entry.category);
  if (best.length === CATEGORIES.length) return undefined;
  return random.pick(best);
}

/** Equal shares of the stated archetypes; the sampler draws colours, patterns and prices from them. */
function mixtureOf(attributes: PromptAttributes): ArchetypeMixture | undefined {
  const archetypes = [...new Set(attributes.archetypes ?? [])];
  if (archetypes.length === 0) return undefined;
  const share = Math.floor(100 / archetypes.length) / 100;
  return Object.fromEntries(archetypes.map((archetype) => [archetype, share]));
}

/** A copy of `attributes` without the paths the category cannot carry. */
function withoutPaths(attributes: PromptAttributes, paths: ReadonlySet<AttributePath>): PromptAttributes {
  const kept: PromptAttributes = { ...attributes, parts: { ...attributes.parts } };
  if (attributes.pattern) {
    kept.pattern = { ...attributes.pattern };
    if (paths.has('pattern.direction')) delete kept.pattern.direction;
    if (paths.has('pattern.scale')) delete kept.pattern.scale;
  }
  for (const path of paths) {
    if (path.startsWith('parts.') && kept.parts)
      delete kept.parts[path.slice('parts.'.length) as keyof PromptParts];
    else if (!path.startsWith('pattern.'))
      delete kept[path as Exclude<AttributePath, `parts.${string}` | `pattern.${string}`>];
  }
  return kept;
}

/**
 * The offline text-to-image backend: a complete, valid item that has every stated attribute its
 * category allows, with the rest sampled from `random`. Same attributes and stream, same item.
 */
export function itemFromPrompt(attributes: PromptAttributes, random: Random, id: string): ItemFromPrompt {
  const category = attributes.category ?? chooseCategory(attributes, random);
  const archetypes = mixtureOf(attributes);
  const sampled = sampleItem(random, {
    id,
    ...(category ? { category } : {}),
    ...(archetypes ? { archetypes } : {}),
  });
  const problems = attributeProblems(sampled.category, attributes);
  const stated = withoutPaths(attributes, new Set(problems.map((problem) => problem.attribute)));

  const item: Item = { ...sampled, color: stated.color ?? sampled.color };
  item.pattern = applyPattern(item, stated.pattern, random);
  item.texture = stated.texture ?? item.texture;
  item.parts = applyParts(item, stated.parts ?? {}, stated.hardware !== undefined, random);
  item.details = applyDetails(item, stated, random);
  item.formality = (stated.formality ?? item.formality) as Formality;
  item.season = stated.season ?? item.season;
  item.price = applyPrice(item.price, stated.price, random);
  // The overrides are meant to keep the item valid; parsing here turns a slip into a loud failure.
  return { item: itemSchema.parse(item), dropped: problems.map((problem) => problem.message) };
}
