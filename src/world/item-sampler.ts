import { ARCHETYPE_PROFILES } from './archetypes.ts';
import { deltaE } from './color-science.ts';
import type { ArchetypeMixture, Details, Item, Parts, Pattern } from './item.ts';
import { COLOR_NAMES, type ColorName, PALETTE } from './palette.ts';
import type { Random } from './random.ts';
import {
  ARCHETYPES,
  type Archetype,
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  type Formality,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  LOGO_SIZES,
  PATTERN_SCALES,
  type PatternKind,
  type Season,
  STRIPE_DIRECTIONS,
  type Texture,
} from './vocabulary.ts';

/**
 * Two colours on one item must be this far apart (CIE76 ΔE) so that the renderer draws them as
 * visibly different and a pixel test can tell a button from the fabric it sits on.
 */
export const MIN_DETAIL_CONTRAST = 30;

/** Every colour keeps a small floor weight so that no archetype makes a colour impossible. */
const COLOR_FLOOR = 0.08;

/** Jeans come in denim shades only; everything else may take any palette colour. */
const JEANS_COLORS: readonly ColorName[] = ['denim', 'navy', 'black', 'grey', 'white', 'sky', 'charcoal'];

/** Hardware (buttons, buckles, zip pulls) is drawn from metal- and horn-like colours. */
export const HARDWARE_COLORS: readonly ColorName[] = [
  'white',
  'black',
  'mustard',
  'brown',
  'ivory',
  'grey',
  'camel',
  'red',
];

export interface ItemRequest {
  id: string;
  category?: Category;
  archetypes?: ArchetypeMixture;
}

/** One or two archetypes: 60% of items are pure, the rest lean 60–80% towards a primary. */
export function sampleMixture(random: Random): ArchetypeMixture {
  const primary = random.pick(ARCHETYPES);
  if (random.chance(0.6)) return { [primary]: 1 };
  const secondary = random.pick(ARCHETYPES.filter((archetype) => archetype !== primary));
  const weight = Math.round(random.float(0.6, 0.8) * 100) / 100;
  return { [primary]: weight, [secondary]: Math.round((1 - weight) * 100) / 100 };
}

function mixtureEntries(mixture: ArchetypeMixture): [Archetype, number][] {
  return (Object.entries(mixture) as [Archetype, number][]).filter(([, weight]) => weight > 0);
}

/** Mixes each archetype's weight table by the mixture, restricted to `allowed` keys. */
function mixedWeights<K extends string>(
  mixture: ArchetypeMixture,
  table: (archetype: Archetype) => Partial<Record<K, number>>,
  allowed: readonly K[],
  floor: number,
): Partial<Record<K, number>> {
  const weights: Partial<Record<K, number>> = {};
  for (const key of allowed) {
    let total = floor;
    for (const [archetype, share] of mixtureEntries(mixture)) total += share * (table(archetype)[key] ?? 0);
    weights[key] = total;
  }
  return weights;
}

function sampleCategory(random: Random, mixture: ArchetypeMixture): Category {
  const weights: Partial<Record<Category, number>> = {};
  for (const category of CATEGORIES) {
    let weight = 0;
    for (const [archetype, share] of mixtureEntries(mixture)) {
      weight += share * (ARCHETYPE_PROFILES[archetype].categories[category] ?? 1);
    }
    weights[category] = weight;
  }
  return random.weighted(weights);
}

/** A colour at least MIN_DETAIL_CONTRAST from every colour in `avoid`, preferring `candidates`. */
export function distinctColor(
  random: Random,
  avoid: readonly ColorName[],
  candidates: readonly ColorName[] = COLOR_NAMES,
): ColorName {
  const far = (name: ColorName) =>
    avoid.every((other) => deltaE(PALETTE[name].lab, PALETTE[other].lab) >= MIN_DETAIL_CONTRAST);
  const preferred = candidates.filter(far);
  if (preferred.length > 0) return random.pick(preferred);
  const fallback = COLOR_NAMES.filter(far);
  // The palette always has a far colour (black and white are ~90 apart), so this cannot be empty.
  return random.pick(fallback);
}

function samplePattern(
  random: Random,
  mixture: ArchetypeMixture,
  category: Category,
  color: ColorName,
): Pattern {
  const allowed = CATEGORY_INFO[category].patterns;
  const kind = random.weighted<PatternKind>(
    mixedWeights(mixture, (archetype) => ARCHETYPE_PROFILES[archetype].patterns, allowed, 0.05),
  );
  if (kind === 'solid') return { kind };
  const colorWeights = mixedWeights(
    mixture,
    (archetype) => ARCHETYPE_PROFILES[archetype].colors,
    COLOR_NAMES,
    COLOR_FLOOR,
  );
  const candidates = COLOR_NAMES.filter(
    (name) => deltaE(PALETTE[name].lab, PALETTE[color].lab) >= MIN_DETAIL_CONTRAST,
  );
  const patternColor = random.weighted(
    Object.fromEntries(candidates.map((name) => [name, colorWeights[name] ?? 0])),
  );
  switch (kind) {
    case 'stripes':
      return {
        kind,
        color: patternColor,
        direction: random.pick(STRIPE_DIRECTIONS),
        scale: random.pick(PATTERN_SCALES),
      };
    case 'dots':
    case 'checks':
      return { kind, color: patternColor, scale: random.pick(PATTERN_SCALES) };
    default:
      return { kind, color: patternColor };
  }
}

function sampleParts(random: Random, category: Category): Parts {
  const options = CATEGORY_INFO[category].parts;
  const parts: Parts = {};
  if (options.neckline) parts.neckline = random.pick(options.neckline);
  if (options.collar) parts.collar = random.pick(options.collar);
  if (options.sleeve) parts.sleeve = random.pick(options.sleeve);
  if (options.length) parts.length = random.pick(options.length);
  if (options.fit) parts.fit = random.pick(options.fit);
  if (options.closure) parts.closure = random.pick(options.closure);
  if (parts.closure === 'buttons' && options.buttons) {
    parts.buttons = random.int(options.buttons[0], options.buttons[1]);
  }
  if (options.pockets) parts.pockets = random.int(options.pockets[0], options.pockets[1]);
  if (options.cuffs) parts.cuffs = random.chance(0.5);
  if (options.heel) parts.heel = random.pick(options.heel);
  if (options.shaft) parts.shaft = random.pick(options.shaft);
  if (options.strap) parts.strap = random.pick(options.strap);
  if (options.brim) parts.brim = random.pick(options.brim);
  if (options.fringe) parts.fringe = random.chance(0.5);
  // A turtleneck has no collar and a collared shirt no separate neckline shape.
  if (parts.neckline === 'turtleneck' && parts.collar) parts.collar = 'none';
  return parts;
}

function sampleDetails(
  random: Random,
  mixture: ArchetypeMixture,
  category: Category,
  parts: Parts,
  colors: ColorName[],
): Details {
  const mixed = (rate: (archetype: Archetype) => number) =>
    mixtureEntries(mixture).reduce((sum, [archetype, share]) => sum + share * rate(archetype), 0);
  const needsHardware =
    parts.closure === 'buttons' || parts.closure === 'zip' || category === 'belt' || parts.strap === 'ankle';
  const hardware = needsHardware ? distinctColor(random, colors, HARDWARE_COLORS) : null;
  const used = hardware ? [...colors, hardware] : colors;
  const logo =
    CATEGORY_INFO[category].logo &&
    random.chance(mixed((archetype) => ARCHETYPE_PROFILES[archetype].logoRate))
      ? {
          shape: random.pick(LOGO_SHAPES),
          color: distinctColor(random, used),
          size: random.pick(LOGO_SIZES),
          position: random.pick(LOGO_POSITIONS),
        }
      : null;
  const stitching = random.chance(mixed((archetype) => ARCHETYPE_PROFILES[archetype].stitchingRate))
    ? distinctColor(random, logo ? [...used, logo.color] : used)
    : null;
  return { logo, stitching, hardware };
}

function sampleSeason(random: Random, category: Category, texture: Texture, parts: Parts): Season {
  const weights: Partial<Record<Season, number>> = {};
  for (const season of CATEGORY_INFO[category].seasons) {
    let weight = 1;
    const warm = season === 'spring' || season === 'summer';
    const cold = season === 'autumn' || season === 'winter';
    if ((texture === 'knit' || texture === 'tweed' || texture === 'suede') && cold) weight += 2;
    if ((texture === 'linen' || parts.sleeve === 'sleeveless' || parts.length === 'short') && warm)
      weight += 2;
    if ((texture === 'linen' || parts.sleeve === 'sleeveless') && cold) weight = 0.1;
    weights[season] = weight;
  }
  return random.weighted(weights);
}

export function sampleItem(random: Random, request: ItemRequest): Item {
  const mixture = request.archetypes ?? sampleMixture(random);
  const category = request.category ?? sampleCategory(random, mixture);
  const info = CATEGORY_INFO[category];
  const colorCandidates = category === 'jeans' ? JEANS_COLORS : COLOR_NAMES;
  const color = random.weighted(
    mixedWeights(mixture, (archetype) => ARCHETYPE_PROFILES[archetype].colors, colorCandidates, COLOR_FLOOR),
  );
  const pattern = samplePattern(random, mixture, category, color);
  const texture = random.weighted<Texture>(
    mixedWeights(mixture, (archetype) => ARCHETYPE_PROFILES[archetype].textures, info.textures, 0.1),
  );
  const parts = sampleParts(random, category);
  const colors: ColorName[] = pattern.kind === 'solid' ? [color] : [color, pattern.color as ColorName];
  const details = sampleDetails(random, mixture, category, parts, colors);

  const centre = mixtureEntries(mixture).reduce(
    (sum, [archetype, share]) => sum + share * ARCHETYPE_PROFILES[archetype].formality,
    0,
  );
  const [low, high] = info.formality;
  const formality = Math.min(high, Math.max(low, Math.round(centre + random.float(-1, 1)))) as Formality;
  const priceLevel = mixtureEntries(mixture).reduce(
    (sum, [archetype, share]) => sum + share * ARCHETYPE_PROFILES[archetype].priceLevel,
    0,
  );
  const price = Math.max(5, Math.round(random.float(info.price[0], info.price[1]) * priceLevel)) - 0.01;

  return {
    id: request.id,
    category,
    slot: info.slot,
    color,
    pattern,
    texture,
    parts,
    details,
    archetypes: mixture,
    formality,
    season: sampleSeason(random, category, texture, parts),
    price,
  };
}
