import {
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  type ParsedPrompt,
  type Slot,
} from '../../../world/index.ts';
import type { GarmentAttributes } from './garment-phrase.ts';

/**
 * Parsed attributes as search filters in the CLI grammar the search module reads ("category=skirt",
 * "price<60", "pattern.kind=stripes", "category in top,shirt"). Category and price are columns; every
 * other field is a path into a world item's record, so the names here are the record's names.
 */

/** Categories that shoppers call "tops": a top that goes with a skirt may well be a blouse. */
const GENERIC_TOP_WORDS = new Set(['top', 'tops']);

export interface CategoryChoice {
  /** The categories the wanted item may have; undefined when the request names none. */
  wanted: Category[] | undefined;
  /** The category of the item it must go with, which the result must not repeat. */
  excluded: Category | undefined;
}

function slotCategories(slot: Slot): Category[] {
  return CATEGORIES.filter((category) => CATEGORY_INFO[category].slot === slot);
}

/** Which categories a parse asks for: the named one, or every category of a generic word's slot. */
export function wantedCategories(parsed: ParsedPrompt): Category[] | undefined {
  const { category, slot } = parsed.attributes;
  if (category) {
    const generic = parsed.recognised.some(
      (phrase) => phrase.meaning === `category: ${category}` && GENERIC_TOP_WORDS.has(phrase.phrase),
    );
    return generic ? slotCategories(CATEGORY_INFO[category].slot) : [category];
  }
  return slot ? slotCategories(slot) : undefined;
}

export function categoryFilter(choice: CategoryChoice): string | undefined {
  const others = choice.wanted?.filter((category) => category !== choice.excluded);
  // "a skirt that matches this skirt" asked for a skirt: the exclusion only narrows a broader wish.
  const wanted = others && others.length > 0 ? others : choice.wanted;
  if (wanted && wanted.length > 0) {
    return wanted.length === 1 ? `category=${wanted[0]}` : `category in ${wanted.join(',')}`;
  }
  return choice.excluded ? `category!=${choice.excluded}` : undefined;
}

const STRICT_MAX = /\b(under|below|less than|cheaper than|lower than)\b/;
const STRICT_MIN = /\b(over|above|more than|higher than)\b/;

/** "under $60" is strict (price<60), "$60 or less" is not (price<=60): the phrase says which. */
export function priceFilters(parsed: ParsedPrompt): string[] {
  const price = parsed.attributes.price;
  if (!price) return [];
  const phrases = parsed.recognised.filter((phrase) => phrase.meaning.startsWith('price:'));
  const said = (pattern: RegExp, bound: string) =>
    phrases.some((phrase) => phrase.meaning.includes(bound) && pattern.test(phrase.phrase));
  const filters: string[] = [];
  if (price.min !== undefined) filters.push(`price${said(STRICT_MIN, 'at least') ? '>' : '>='}${price.min}`);
  if (price.max !== undefined) filters.push(`price${said(STRICT_MAX, 'at most') ? '<' : '<='}${price.max}`);
  return filters;
}

/** Every attribute but category, price and archetypes (a mixture, not a value), as filters. */
export function attributeFilters(attributes: GarmentAttributes): string[] {
  const filters: string[] = [];
  const add = (field: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) filters.push(`${field}=${value}`);
  };
  add('color', attributes.color);
  const pattern = attributes.pattern;
  if (pattern) {
    add('pattern.kind', pattern.kind);
    add('pattern.color', pattern.color);
    add('pattern.direction', pattern.direction);
    add('pattern.scale', pattern.scale);
  }
  if (attributes.texture !== undefined) add('texture', attributes.texture);
  const parts = attributes.parts ?? {};
  for (const [name, value] of Object.entries(parts)) {
    if (value === 'some') filters.push(`parts.${name}>=1`);
    else add(`parts.${name}`, value);
  }
  add('details.hardware', attributes.hardware);
  if (attributes.logo) {
    add('details.logo.shape', attributes.logo.shape);
    add('details.logo.color', attributes.logo.color);
    add('details.logo.size', attributes.logo.size);
    add('details.logo.position', attributes.logo.position);
  }
  // "contrast" without a colour and "no stitching" (null) have no equality filter.
  if (attributes.stitching && attributes.stitching !== 'contrast')
    add('details.stitching', attributes.stitching);
  add('formality', attributes.formality);
  add('season', attributes.season);
  return filters;
}
