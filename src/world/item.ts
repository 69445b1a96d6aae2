import { z } from 'zod';
import { COLOR_NAMES } from './palette.ts';
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
  PATTERN_SCALES,
  SEASONS,
  SHAFTS,
  SLEEVES,
  SLOTS,
  STRAPS,
  STRIPE_DIRECTIONS,
  TEXTURES,
} from './vocabulary.ts';

/**
 * The ground-truth record of one catalog item. The schema doubles as the reader's check when a
 * catalog.jsonl is loaded back, so a hand-edited or truncated file fails with the row that is wrong.
 */
export const colorNameSchema = z.enum(COLOR_NAMES as [string, ...string[]]);

export const patternSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('solid') }),
  z.object({
    kind: z.literal('stripes'),
    color: colorNameSchema,
    direction: z.enum(STRIPE_DIRECTIONS),
    scale: z.enum(PATTERN_SCALES),
  }),
  z.object({ kind: z.literal('pinstripe'), color: colorNameSchema }),
  z.object({ kind: z.literal('dots'), color: colorNameSchema, scale: z.enum(PATTERN_SCALES) }),
  z.object({ kind: z.literal('checks'), color: colorNameSchema, scale: z.enum(PATTERN_SCALES) }),
  z.object({ kind: z.literal('plaid'), color: colorNameSchema }),
  z.object({ kind: z.literal('floral'), color: colorNameSchema }),
  z.object({ kind: z.literal('colorblock'), color: colorNameSchema }),
  z.object({ kind: z.literal('leopard'), color: colorNameSchema }),
]);

export const partsSchema = z.object({
  neckline: z.enum(NECKLINES).optional(),
  collar: z.enum(COLLARS).optional(),
  sleeve: z.enum(SLEEVES).optional(),
  length: z.enum(LENGTHS).optional(),
  fit: z.enum(FITS).optional(),
  closure: z.enum(CLOSURES).optional(),
  /** Number of visible buttons; present exactly when closure is 'buttons'. */
  buttons: z.number().int().min(1).max(12).optional(),
  pockets: z.number().int().min(0).max(6).optional(),
  cuffs: z.boolean().optional(),
  heel: z.enum(HEELS).optional(),
  shaft: z.enum(SHAFTS).optional(),
  strap: z.enum(STRAPS).optional(),
  brim: z.enum(BRIMS).optional(),
  fringe: z.boolean().optional(),
});

export const logoSchema = z.object({
  shape: z.enum(LOGO_SHAPES),
  color: colorNameSchema,
  size: z.enum(LOGO_SIZES),
  position: z.enum(LOGO_POSITIONS),
});

export const detailsSchema = z.object({
  logo: logoSchema.nullable(),
  /** Colour of contrast stitching along seams and hems, or null for tone-on-tone. */
  stitching: colorNameSchema.nullable(),
  /** Colour of buttons, buckles and zip pulls, or null when the item has none. */
  hardware: colorNameSchema.nullable(),
});

export const archetypeMixtureSchema = z.partialRecord(z.enum(ARCHETYPES), z.number().min(0).max(1));

export const itemSchema = z.object({
  id: z.string().min(1),
  category: z.enum(CATEGORIES),
  slot: z.enum(SLOTS),
  color: colorNameSchema,
  pattern: patternSchema,
  texture: z.enum(TEXTURES),
  parts: partsSchema,
  details: detailsSchema,
  archetypes: archetypeMixtureSchema,
  formality: z.number().int().min(1).max(5),
  season: z.enum(SEASONS),
  price: z.number().positive(),
});

export type Pattern = z.infer<typeof patternSchema>;
export type Parts = z.infer<typeof partsSchema>;
export type Logo = z.infer<typeof logoSchema>;
export type Details = z.infer<typeof detailsSchema>;
export type ArchetypeMixture = z.infer<typeof archetypeMixtureSchema>;
export type Item = z.infer<typeof itemSchema>;

/** The colours that appear on an item, for harmony rules and for keeping detail colours distinct. */
export function itemColors(item: Item): string[] {
  const colors: string[] = [item.color];
  if (item.pattern.kind !== 'solid') colors.push(item.pattern.color);
  return colors;
}
