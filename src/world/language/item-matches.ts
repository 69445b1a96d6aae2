import type { Item } from '../item.ts';
import { ABSENT_PART_VALUES } from './category-fit.ts';
import type { PromptAttributes, PromptParts } from './prompt-attributes.ts';

function partMismatches(parts: PromptParts, item: Item): string[] {
  const mismatches: string[] = [];
  for (const key of Object.keys(parts) as (keyof PromptParts)[]) {
    const wanted = parts[key];
    const actual = item.parts[key];
    if (wanted === undefined) continue;
    if (actual === undefined && ABSENT_PART_VALUES[key] === wanted) continue;
    const satisfied = wanted === 'some' ? typeof actual === 'number' && actual >= 1 : actual === wanted;
    if (!satisfied) mismatches.push(`${key}: wanted ${String(wanted)}, item has ${String(actual ?? 'none')}`);
  }
  return mismatches;
}

/**
 * The stated attributes an item does not have, as readable lines (empty when it has them all). This
 * is the check a scorer runs to ask "does this image/item match the prompt?", and what the tests use
 * to verify both the caption round trip and itemFromPrompt.
 */
export function itemMismatches(attributes: PromptAttributes, item: Item): string[] {
  const mismatches: string[] = [];
  const check = (name: string, wanted: unknown, actual: unknown) => {
    if (wanted !== undefined && wanted !== actual) {
      mismatches.push(`${name}: wanted ${String(wanted)}, item has ${String(actual ?? 'none')}`);
    }
  };
  check('category', attributes.category, item.category);
  check('slot', attributes.slot, item.slot);
  check('color', attributes.color, item.color);
  const pattern = attributes.pattern;
  if (pattern) {
    const actual = item.pattern;
    check('pattern', pattern.kind, actual.kind);
    check('pattern color', pattern.color, actual.kind === 'solid' ? undefined : actual.color);
    check('pattern direction', pattern.direction, actual.kind === 'stripes' ? actual.direction : undefined);
    const scale =
      actual.kind === 'stripes' || actual.kind === 'dots' || actual.kind === 'checks'
        ? actual.scale
        : undefined;
    check('pattern scale', pattern.scale, scale);
  }
  check('texture', attributes.texture, item.texture);
  mismatches.push(...partMismatches(attributes.parts ?? {}, item));
  const logo = item.details.logo;
  if (attributes.logo === null && logo !== null) mismatches.push('logo: wanted none, item has one');
  if (attributes.logo) {
    if (!logo) mismatches.push('logo: wanted one, item has none');
    for (const field of ['shape', 'color', 'size', 'position'] as const) {
      if (logo) check(`logo ${field}`, attributes.logo[field], logo[field]);
    }
  }
  check('hardware', attributes.hardware, item.details.hardware);
  const stitching = attributes.stitching;
  if (stitching === null) check('stitching', 'none', item.details.stitching ?? 'none');
  else if (stitching === 'contrast' && item.details.stitching === null)
    mismatches.push('stitching: wanted contrast, item has none');
  else if (stitching !== 'contrast') check('stitching', stitching, item.details.stitching);
  check('formality', attributes.formality, item.formality);
  check('season', attributes.season, item.season);
  for (const archetype of attributes.archetypes ?? []) {
    if (!((item.archetypes[archetype] ?? 0) > 0))
      mismatches.push(`archetype: wanted ${archetype}, item is not`);
  }
  const price = attributes.price;
  if (price?.min !== undefined && item.price < price.min)
    mismatches.push(`price: wanted at least ${price.min}, item costs ${item.price}`);
  if (price?.max !== undefined && item.price > price.max)
    mismatches.push(`price: wanted at most ${price.max}, item costs ${item.price}`);
  return mismatches;
}
