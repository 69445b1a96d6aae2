import type { Random } from '../random.ts';
import type { Formality, Season, Texture } from '../vocabulary.ts';

/**
 * The words captions and titles use for colours, textures, formality and seasons. Every variant
 * must parse back to the value it names (a test checks each one), which is what lets a caption be
 * used as a prompt and a generated prompt be checked against its item.
 */
export const COLOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  navy: ['navy', 'navy blue'],
  grey: ['grey', 'gray'],
  charcoal: ['charcoal', 'charcoal grey'],
  ivory: ['ivory', 'off-white'],
  denim: ['denim blue', 'denim-blue'],
  olive: ['olive', 'olive green'],
  burgundy: ['burgundy', 'maroon', 'wine'],
  mustard: ['mustard', 'mustard yellow'],
  lime: ['lime', 'lime green'],
  emerald: ['emerald', 'emerald green'],
  turquoise: ['turquoise', 'aqua'],
  sky: ['sky blue', 'sky-blue', 'light blue'],
  purple: ['purple', 'plum'],
  lavender: ['lavender', 'lilac'],
  fuchsia: ['fuchsia', 'hot pink'],
};

/** Buttons, buckles and zip pulls read as metals where the palette colour is a metal's stand-in. */
export const HARDWARE_WORDS: Readonly<Record<string, readonly string[]>> = {
  mustard: ['gold', 'gold-tone', 'brass'],
  grey: ['silver', 'silver-tone'],
};

export const TEXTURE_WORDS: Readonly<Record<Texture, readonly string[]>> = {
  plain: [''],
  denim: ['denim'],
  knit: ['knit'],
  leather: ['leather'],
  silk: ['silk', 'satin'],
  linen: ['linen'],
  tweed: ['tweed'],
  suede: ['suede'],
  canvas: ['canvas'],
};

export const FORMALITY_WORDS: Readonly<Record<Formality, readonly string[]>> = {
  // Not "athleisure": the parser also reads it as the sporty archetype, which the item may not be.
  1: ['lounge', 'loungewear'],
  2: ['casual', 'everyday'],
  3: ['smart-casual'],
  4: ['business', 'office'],
  5: ['formal', 'evening'],
};

export const SEASON_WORDS: Readonly<Record<Season, readonly string[]>> = {
  spring: ['spring'],
  summer: ['summer'],
  autumn: ['autumn', 'fall'],
  winter: ['winter'],
  // Said after "for": "for all seasons", "for year-round wear".
  'all-season': ['all seasons', 'year-round wear'],
};

export function colorWord(color: string, random: Random): string {
  return random.pick(COLOR_WORDS[color] ?? [color]);
}

export function hardwareColorWord(color: string, random: Random): string {
  return random.pick(HARDWARE_WORDS[color] ?? COLOR_WORDS[color] ?? [color]);
}

/** '' for plain fabric: "a plain-weave shirt" says nothing a shopper would. */
export function textureWord(texture: Texture, random: Random): string {
  return random.pick(TEXTURE_WORDS[texture]);
}

export function formalityWord(formality: number, random: Random): string {
  const level = Math.min(5, Math.max(1, Math.round(formality))) as Formality;
  return random.pick(FORMALITY_WORDS[level]);
}

export function seasonWord(season: Season, random: Random): string {
  return random.pick(SEASON_WORDS[season]);
}
