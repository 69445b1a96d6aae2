import { z } from 'zod';
import { COLOR_NAMES, type ColorName } from '../palette.ts';
import {
  ARCHETYPES,
  BRIMS,
  CATEGORIES,
  CLOSURES,
  COLLARS,
  FITS,
  HEELS,
  LENGTHS,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  LOGO_SIZES,
  NECKLINES,
  PATTERN_KINDS,
  PATTERN_SCALES,
  SEASONS,
  SHAFTS,
  SLEEVES,
  SLOTS,
  STRAPS,
  STRIPE_DIRECTIONS,
  TEXTURES,
} from '../vocabulary.ts';

/**
 * What a free-text prompt said about an item: a partial description on the world's vocabulary.
 * Every field is optional because a prompt names only what the user cares about; the schema exists so
 * that a tool (generate_image, a scorer) can take the same shape as JSON arguments and check it.
 * Counts have no upper bound here: "ten pockets" is what was said, and itemFromPrompt reports it as
 * impossible rather than the parser quietly changing it.
 */
export const colorNameSchema = z.enum(COLOR_NAMES as [ColorName, ...ColorName[]]);

export const promptPartsSchema = z.object({
  neckline: z.enum(NECKLINES).optional(),
  collar: z.enum(COLLARS).optional(),
  sleeve: z.enum(SLEEVES).optional(),
  length: z.enum(LENGTHS).optional(),
  fit: z.enum(FITS).optional(),
  closure: z.enum(CLOSURES).optional(),
  buttons: z.number().int().min(1).optional(),
  /** 'some' when pockets were asked for without a number ("with pockets"). */
  pockets: z.union([z.number().int().min(0), z.literal('some')]).optional(),
  cuffs: z.boolean().optional(),
  heel: z.enum(HEELS).optional(),
  shaft: z.enum(SHAFTS).optional(),
  strap: z.enum(STRAPS).optional(),
  brim: z.enum(BRIMS).optional(),
  fringe: z.boolean().optional(),
});

export const promptPatternSchema = z.object({
  kind: z.enum(PATTERN_KINDS),
  color: colorNameSchema.optional(),
  direction: z.enum(STRIPE_DIRECTIONS).optional(),
  scale: z.enum(PATTERN_SCALES).optional(),
});

export const promptLogoSchema = z.object({
  shape: z.enum(LOGO_SHAPES).optional(),
  color: colorNameSchema.optional(),
  size: z.enum(LOGO_SIZES).optional(),
  position: z.enum(LOGO_POSITIONS).optional(),
});

export const priceRangeSchema = z.object({
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
});

export const promptAttributesSchema = z.object({
  category: z.enum(CATEGORIES).optional(),
  /** A slot word without a category ("red shoes"). */
  slot: z.enum(SLOTS).optional(),
  color: colorNameSchema.optional(),
  pattern: promptPatternSchema.optional(),
  texture: z.enum(TEXTURES).optional(),
  parts: promptPartsSchema.optional(),
  /** null when the prompt asked for no logo. */
  logo: promptLogoSchema.nullable().optional(),
  hardware: colorNameSchema.optional(),
  /** 'contrast' when contrast stitching was asked for without a colour; null for "no stitching". */
  stitching: z
    .union([colorNameSchema, z.literal('contrast')])
    .nullable()
    .optional(),
  formality: z.literal([1, 2, 3, 4, 5]).optional(),
  season: z.enum(SEASONS).optional(),
  archetypes: z.array(z.enum(ARCHETYPES)).optional(),
  price: priceRangeSchema.optional(),
});

export type PromptParts = z.infer<typeof promptPartsSchema>;
export type PromptPattern = z.infer<typeof promptPatternSchema>;
export type PromptLogo = z.infer<typeof promptLogoSchema>;
export type PriceRange = z.infer<typeof priceRangeSchema>;
export type PromptAttributes = z.infer<typeof promptAttributesSchema>;

export interface RecognisedPhrase {
  /** The phrase as the parser read it: lower-cased, hyphens as spaces ("v neck"). */
  phrase: string;
  /** What it set, e.g. "hardware color: mustard". */
  meaning: string;
}

export interface ParsedPrompt {
  attributes: PromptAttributes;
  recognised: RecognisedPhrase[];
  /** Words that carried no meaning for the parser, stop words excluded, in prompt order. */
  ignored: string[];
}
