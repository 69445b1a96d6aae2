/**
 * The closed vocabulary of the fashion world: categories, their parts and allowed values, patterns,
 * textures, small details, archetypes and seasons. Everything else (sampler, renderer, captions,
 * parser, rules) reads from here, so adding a value in one place makes it exist everywhere.
 */

export const CATEGORIES = [
  'top',
  'shirt',
  'blouse',
  'knitwear',
  'trousers',
  'jeans',
  'skirt',
  'shorts',
  'dress',
  'jacket',
  'coat',
  'sneakers',
  'boots',
  'heels',
  'loafers',
  'bag',
  'hat',
  'scarf',
  'belt',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The role an item plays in an outfit; an outfit holds at most one item per slot. */
export const SLOTS = [
  'top',
  'bottom',
  'one-piece',
  'outerwear',
  'shoes',
  'bag',
  'hat',
  'scarf',
  'belt',
] as const;
export type Slot = (typeof SLOTS)[number];

/** The drawing the renderer uses: categories that share a silhouette share an SVG template. */
export const SILHOUETTES = [
  'upper',
  'legwear',
  'skirt',
  'dress',
  'outerwear',
  'shoe',
  'bag',
  'hat',
  'scarf',
  'belt',
] as const;
export type Silhouette = (typeof SILHOUETTES)[number];

export const NECKLINES = ['crew', 'v-neck', 'scoop', 'square', 'turtleneck'] as const;
export const COLLARS = ['none', 'point', 'mandarin', 'peter-pan', 'notched'] as const;
export const SLEEVES = ['sleeveless', 'short', 'three-quarter', 'long'] as const;
export const LENGTHS = ['short', 'mini', 'knee', 'midi', 'maxi', 'cropped', 'full'] as const;
export const FITS = ['slim', 'regular', 'relaxed', 'wide'] as const;
export const CLOSURES = ['none', 'buttons', 'zip', 'laces'] as const;
export const HEELS = ['flat', 'low', 'mid', 'high'] as const;
export const SHAFTS = ['ankle', 'mid-calf', 'knee'] as const;
export const STRAPS = ['none', 'ankle', 'top-handle', 'shoulder', 'crossbody'] as const;
export const BRIMS = ['none', 'narrow', 'wide'] as const;

export type Neckline = (typeof NECKLINES)[number];
export type Collar = (typeof COLLARS)[number];
export type Sleeve = (typeof SLEEVES)[number];
export type Length = (typeof LENGTHS)[number];
export type Fit = (typeof FITS)[number];
export type Closure = (typeof CLOSURES)[number];
export type Heel = (typeof HEELS)[number];
export type Shaft = (typeof SHAFTS)[number];
export type Strap = (typeof STRAPS)[number];
export type Brim = (typeof BRIMS)[number];

/**
 * Which parts a category has and the values each may take. A part absent here is absent from the
 * item's record (a sneaker has no neckline), which is what lets a question generator ask only
 * answerable questions.
 */
export interface PartOptions {
  neckline?: readonly Neckline[];
  collar?: readonly Collar[];
  sleeve?: readonly Sleeve[];
  length?: readonly Length[];
  fit?: readonly Fit[];
  closure?: readonly Closure[];
  /** Inclusive range of the button count when closure is 'buttons'. */
  buttons?: readonly [number, number];
  /** Inclusive range of visible pockets. */
  pockets?: readonly [number, number];
  cuffs?: boolean;
  heel?: readonly Heel[];
  shaft?: readonly Shaft[];
  strap?: readonly Strap[];
  brim?: readonly Brim[];
  fringe?: boolean;
}

export const PATTERN_KINDS = [
  'solid',
  'stripes',
  'pinstripe',
  'dots',
  'checks',
  'plaid',
  'floral',
  'colorblock',
  'leopard',
] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

export const STRIPE_DIRECTIONS = ['horizontal', 'vertical', 'diagonal'] as const;
export type StripeDirection = (typeof STRIPE_DIRECTIONS)[number];
export const PATTERN_SCALES = ['small', 'large'] as const;
export type PatternScale = (typeof PATTERN_SCALES)[number];

export const TEXTURES = [
  'plain',
  'denim',
  'knit',
  'leather',
  'silk',
  'linen',
  'tweed',
  'suede',
  'canvas',
] as const;
export type Texture = (typeof TEXTURES)[number];

export const LOGO_SHAPES = ['circle', 'square', 'triangle', 'star', 'diamond', 'heart'] as const;
export type LogoShape = (typeof LOGO_SHAPES)[number];
export const LOGO_SIZES = ['small', 'medium', 'large'] as const;
export type LogoSize = (typeof LOGO_SIZES)[number];
/** Positions are in image space: 'left' is the viewer's left. */
export const LOGO_POSITIONS = [
  'top-left',
  'top-center',
  'top-right',
  'middle-left',
  'center',
  'middle-right',
  'bottom-left',
  'bottom-center',
  'bottom-right',
] as const;
export type LogoPosition = (typeof LOGO_POSITIONS)[number];

export const ARCHETYPES = [
  'minimalist',
  'classic',
  'preppy',
  'bohemian',
  'streetwear',
  'romantic',
  'sporty',
  'edgy',
  'glam',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter', 'all-season'] as const;
export type Season = (typeof SEASONS)[number];

/** 1 = athletic/lounge, 2 = casual, 3 = smart casual, 4 = business, 5 = evening/formal. */
export const FORMALITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type Formality = (typeof FORMALITY_LEVELS)[number];

export interface CategoryInfo {
  slot: Slot;
  silhouette: Silhouette;
  /** Singular noun used in titles ("a navy shirt"). */
  noun: string;
  /** Other words people use for it; the prompt parser maps them back to the category. */
  synonyms: readonly string[];
  parts: PartOptions;
  patterns: readonly PatternKind[];
  textures: readonly Texture[];
  seasons: readonly Season[];
  formality: readonly [Formality, Formality];
  /** Price range in dollars before the archetype's price level is applied. */
  price: readonly [number, number];
  /** Whether a logo can be printed on it (garments and bags, not shoes or belts). */
  logo: boolean;
}

const ALL_SEASONS: readonly Season[] = SEASONS;
const BUSY_PATTERNS: readonly PatternKind[] = PATTERN_KINDS;

export const CATEGORY_INFO: Readonly<Record<Category, CategoryInfo>> = {
  top: {
    slot: 'top',
    silhouette: 'upper',
    noun: 'top',
    synonyms: ['tee', 't-shirt', 'tshirt', 'tank', 'cami'],
    parts: {
      neckline: ['crew', 'v-neck', 'scoop'],
      sleeve: ['sleeveless', 'short', 'long'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['none'],
      pockets: [0, 1],
    },
    patterns: BUSY_PATTERNS,
    textures: ['plain', 'linen', 'silk'],
    seasons: ['spring', 'summer', 'all-season'],
    formality: [1, 3],
    price: [12, 60],
    logo: true,
  },
  shirt: {
    slot: 'top',
    silhouette: 'upper',
    noun: 'shirt',
    synonyms: ['button-down', 'button-up', 'oxford'],
    parts: {
      collar: ['point', 'mandarin'],
      sleeve: ['short', 'long'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['buttons'],
      buttons: [4, 7],
      pockets: [0, 2],
      cuffs: true,
    },
    patterns: ['solid', 'stripes', 'pinstripe', 'checks', 'plaid', 'floral', 'dots'],
    textures: ['plain', 'linen', 'denim', 'silk'],
    seasons: ALL_SEASONS,
    formality: [2, 4],
    price: [25, 120],
    logo: true,
  },
  blouse: {
    slot: 'top',
    silhouette: 'upper',
    noun: 'blouse',
    synonyms: ['tunic'],
    parts: {
      neckline: ['v-neck', 'scoop', 'square', 'crew'],
      collar: ['none', 'peter-pan'],
      sleeve: ['sleeveless', 'short', 'three-quarter', 'long'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['none', 'buttons'],
      buttons: [2, 6],
    },
    patterns: ['solid', 'stripes', 'dots', 'floral', 'checks'],
    textures: ['plain', 'silk', 'linen'],
    seasons: ['spring', 'summer', 'autumn', 'all-season'],
    formality: [2, 4],
    price: [30, 140],
    logo: false,
  },
  knitwear: {
    slot: 'top',
    silhouette: 'upper',
    noun: 'sweater',
    synonyms: ['jumper', 'pullover', 'cardigan', 'knit', 'knitwear', 'sweatshirt'],
    parts: {
      neckline: ['crew', 'v-neck', 'turtleneck'],
      sleeve: ['three-quarter', 'long'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['none', 'buttons'],
      buttons: [3, 6],
      pockets: [0, 2],
      cuffs: true,
    },
    patterns: ['solid', 'stripes', 'checks', 'colorblock', 'dots'],
    textures: ['knit'],
    seasons: ['autumn', 'winter'],
    formality: [1, 3],
    price: [35, 180],
    logo: true,
  },
  trousers: {
    slot: 'bottom',
    silhouette: 'legwear',
    noun: 'trousers',
    synonyms: ['pants', 'slacks', 'chinos', 'joggers'],
    parts: {
      length: ['cropped', 'full'],
      fit: ['slim', 'regular', 'wide'],
      pockets: [0, 2],
      cuffs: true,
    },
    patterns: ['solid', 'pinstripe', 'checks', 'plaid', 'stripes'],
    textures: ['plain', 'linen', 'tweed', 'leather'],
    seasons: ALL_SEASONS,
    formality: [1, 5],
    price: [30, 160],
    logo: false,
  },
  jeans: {
    slot: 'bottom',
    silhouette: 'legwear',
    noun: 'jeans',
    synonyms: ['denims', 'denim jeans'],
    parts: {
      length: ['cropped', 'full'],
      fit: ['slim', 'regular', 'wide'],
      pockets: [2, 4],
      cuffs: true,
    },
    patterns: ['solid'],
    textures: ['denim'],
    seasons: ALL_SEASONS,
    formality: [1, 3],
    price: [35, 150],
    logo: false,
  },
  skirt: {
    slot: 'bottom',
    silhouette: 'skirt',
    noun: 'skirt',
    synonyms: ['miniskirt', 'midi skirt', 'maxi skirt'],
    parts: {
      length: ['mini', 'knee', 'midi', 'maxi'],
      fit: ['slim', 'regular', 'wide'],
      closure: ['none', 'buttons'],
      buttons: [3, 6],
      pockets: [0, 2],
    },
    patterns: BUSY_PATTERNS,
    textures: ['plain', 'denim', 'leather', 'silk', 'tweed', 'linen', 'suede'],
    seasons: ALL_SEASONS,
    formality: [2, 4],
    price: [25, 140],
    logo: false,
  },
  shorts: {
    slot: 'bottom',
    silhouette: 'legwear',
    noun: 'shorts',
    synonyms: ['bermudas'],
    parts: {
      length: ['short'],
      fit: ['slim', 'regular', 'wide'],
      pockets: [0, 2],
      cuffs: true,
    },
    patterns: ['solid', 'stripes', 'checks', 'floral', 'plaid'],
    textures: ['plain', 'denim', 'linen'],
    seasons: ['spring', 'summer'],
    formality: [1, 2],
    price: [18, 70],
    logo: false,
  },
  dress: {
    slot: 'one-piece',
    silhouette: 'dress',
    noun: 'dress',
    synonyms: ['gown', 'frock', 'sundress'],
    parts: {
      neckline: ['crew', 'v-neck', 'scoop', 'square'],
      sleeve: ['sleeveless', 'short', 'three-quarter', 'long'],
      length: ['mini', 'knee', 'midi', 'maxi'],
      fit: ['slim', 'regular', 'wide'],
      closure: ['none', 'buttons'],
      buttons: [3, 8],
    },
    patterns: BUSY_PATTERNS,
    textures: ['plain', 'silk', 'linen', 'knit'],
    seasons: ALL_SEASONS,
    formality: [2, 5],
    price: [40, 260],
    logo: false,
  },
  jacket: {
    slot: 'outerwear',
    silhouette: 'outerwear',
    noun: 'jacket',
    synonyms: ['blazer', 'bomber', 'windbreaker'],
    parts: {
      collar: ['none', 'mandarin', 'notched'],
      sleeve: ['long'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['buttons', 'zip'],
      buttons: [1, 4],
      pockets: [0, 4],
    },
    patterns: ['solid', 'pinstripe', 'checks', 'plaid', 'colorblock', 'leopard'],
    textures: ['plain', 'denim', 'leather', 'tweed', 'suede', 'canvas'],
    seasons: ['spring', 'autumn', 'all-season'],
    formality: [2, 5],
    price: [60, 320],
    logo: true,
  },
  coat: {
    slot: 'outerwear',
    silhouette: 'outerwear',
    noun: 'coat',
    synonyms: ['overcoat', 'trench', 'parka', 'peacoat'],
    parts: {
      collar: ['none', 'notched'],
      sleeve: ['long'],
      length: ['knee', 'midi', 'maxi'],
      fit: ['slim', 'regular', 'relaxed'],
      closure: ['buttons', 'zip'],
      buttons: [2, 8],
      pockets: [0, 2],
    },
    patterns: ['solid', 'checks', 'plaid', 'leopard'],
    textures: ['plain', 'tweed', 'leather', 'suede'],
    seasons: ['autumn', 'winter'],
    formality: [2, 5],
    price: [90, 450],
    logo: false,
  },
  sneakers: {
    slot: 'shoes',
    silhouette: 'shoe',
    noun: 'sneakers',
    synonyms: ['trainers', 'runners', 'kicks', 'sneaker'],
    parts: { closure: ['laces'], heel: ['flat'] },
    patterns: ['solid', 'colorblock'],
    textures: ['canvas', 'leather', 'suede'],
    seasons: ALL_SEASONS,
    formality: [1, 2],
    price: [40, 180],
    logo: false,
  },
  boots: {
    slot: 'shoes',
    silhouette: 'shoe',
    noun: 'boots',
    synonyms: ['booties', 'chelsea boots', 'boot'],
    parts: {
      closure: ['none', 'zip', 'laces'],
      heel: ['flat', 'low', 'mid'],
      shaft: ['ankle', 'mid-calf', 'knee'],
    },
    patterns: ['solid', 'leopard'],
    textures: ['leather', 'suede'],
    seasons: ['autumn', 'winter'],
    formality: [1, 4],
    price: [70, 300],
    logo: false,
  },
  heels: {
    slot: 'shoes',
    silhouette: 'shoe',
    noun: 'heels',
    synonyms: ['pumps', 'stilettos', 'heel', 'sandals'],
    parts: { heel: ['mid', 'high'], strap: ['none', 'ankle'] },
    patterns: ['solid', 'leopard', 'dots'],
    textures: ['leather', 'suede', 'silk'],
    seasons: ALL_SEASONS,
    formality: [3, 5],
    price: [50, 280],
    logo: false,
  },
  loafers: {
    slot: 'shoes',
    silhouette: 'shoe',
    noun: 'loafers',
    synonyms: ['moccasins', 'loafer', 'flats'],
    parts: { heel: ['flat', 'low'] },
    patterns: ['solid'],
    textures: ['leather', 'suede'],
    seasons: ALL_SEASONS,
    formality: [2, 4],
    price: [60, 220],
    logo: false,
  },
  bag: {
    slot: 'bag',
    silhouette: 'bag',
    noun: 'bag',
    synonyms: ['handbag', 'tote', 'purse', 'clutch', 'backpack', 'satchel'],
    parts: {
      strap: ['top-handle', 'shoulder', 'crossbody'],
      closure: ['none', 'zip', 'buttons'],
      buttons: [1, 2],
      pockets: [0, 1],
    },
    patterns: ['solid', 'stripes', 'checks', 'leopard', 'colorblock'],
    textures: ['leather', 'canvas', 'suede'],
    seasons: ALL_SEASONS,
    formality: [1, 5],
    price: [30, 400],
    logo: true,
  },
  hat: {
    slot: 'hat',
    silhouette: 'hat',
    noun: 'hat',
    synonyms: ['cap', 'beanie', 'fedora', 'beret'],
    parts: { brim: ['none', 'narrow', 'wide'] },
    patterns: ['solid', 'stripes', 'checks', 'plaid'],
    textures: ['plain', 'knit', 'tweed', 'canvas'],
    seasons: ALL_SEASONS,
    formality: [1, 4],
    price: [15, 120],
    logo: true,
  },
  scarf: {
    slot: 'scarf',
    silhouette: 'scarf',
    noun: 'scarf',
    synonyms: ['shawl', 'stole', 'bandana'],
    parts: { fringe: true },
    patterns: ['solid', 'stripes', 'checks', 'plaid', 'floral', 'dots', 'leopard'],
    textures: ['knit', 'silk', 'plain'],
    seasons: ['autumn', 'winter', 'all-season'],
    formality: [1, 4],
    price: [15, 150],
    logo: false,
  },
  belt: {
    slot: 'belt',
    silhouette: 'belt',
    noun: 'belt',
    synonyms: ['waistband'],
    parts: {},
    patterns: ['solid', 'leopard'],
    textures: ['leather', 'suede', 'canvas'],
    seasons: ALL_SEASONS,
    formality: [1, 5],
    price: [15, 120],
    logo: false,
  },
};

export const CATEGORIES_BY_SLOT: Readonly<Record<Slot, readonly Category[]>> = Object.fromEntries(
  SLOTS.map((slot) => [slot, CATEGORIES.filter((category) => CATEGORY_INFO[category].slot === slot)]),
) as Record<Slot, Category[]>;

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
