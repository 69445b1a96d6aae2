import type { ColorName } from './palette.ts';
import type { Archetype, Category, Formality, PatternKind, Texture } from './vocabulary.ts';

/**
 * A style archetype is a distribution over colours, patterns, categories and textures, plus a
 * formality centre and a price level. Items are sampled from a mixture of one or two archetypes, and
 * users' boards from one or two, which gives "taste" an exact ground truth.
 */
export interface ArchetypeProfile {
  description: string;
  colors: Partial<Record<ColorName, number>>;
  patterns: Partial<Record<PatternKind, number>>;
  /** Relative preference per category; categories not named get weight 1. */
  categories: Partial<Record<Category, number>>;
  textures: Partial<Record<Texture, number>>;
  /** Mean formality; items spread ±1 around it within their category's range. */
  formality: Formality;
  /** Multiplies the category's price range. */
  priceLevel: number;
  /** Probability that an item that can carry a logo gets one. */
  logoRate: number;
  /** Probability of contrast stitching. */
  stitchingRate: number;
}

export const ARCHETYPE_PROFILES: Readonly<Record<Archetype, ArchetypeProfile>> = {
  minimalist: {
    description: 'clean lines, neutral palette, solid fabrics, no logos',
    colors: { white: 5, black: 5, grey: 4, charcoal: 3, beige: 3, ivory: 3, camel: 2, navy: 2 },
    patterns: { solid: 20, pinstripe: 1 },
    categories: { top: 2, trousers: 2, coat: 2, loafers: 2, belt: 0.5, hat: 0.3 },
    textures: { plain: 4, silk: 1, knit: 1, leather: 1, linen: 1 },
    formality: 3,
    priceLevel: 1.4,
    logoRate: 0.02,
    stitchingRate: 0,
  },
  classic: {
    description: 'tailored pieces, navy and camel, pinstripes and checks',
    colors: { navy: 5, camel: 4, white: 4, beige: 3, burgundy: 2, charcoal: 3, brown: 2, sky: 1 },
    patterns: { solid: 8, pinstripe: 3, checks: 2, stripes: 2 },
    categories: { shirt: 3, trousers: 2, jacket: 2, coat: 2, loafers: 2, heels: 1.5, sneakers: 0.3 },
    textures: { plain: 3, tweed: 2, leather: 2, silk: 1, linen: 1 },
    formality: 4,
    priceLevel: 1.6,
    logoRate: 0.1,
    stitchingRate: 0.05,
  },
  preppy: {
    description: 'collegiate colour, stripes and plaid, crests and polished loafers',
    colors: { navy: 5, white: 4, red: 3, green: 3, sky: 3, pink: 2, khaki: 2, yellow: 1 },
    patterns: { stripes: 5, plaid: 4, checks: 3, solid: 6, dots: 1 },
    categories: { shirt: 3, knitwear: 3, skirt: 2, loafers: 3, shorts: 1.5 },
    textures: { plain: 4, knit: 2, canvas: 1, tweed: 1 },
    formality: 3,
    priceLevel: 1.2,
    logoRate: 0.35,
    stitchingRate: 0.1,
  },
  bohemian: {
    description: 'earthy warm colour, florals, flowing maxi lengths, suede and fringe',
    colors: { mustard: 4, camel: 4, tan: 3, olive: 3, coral: 2, brown: 3, cream: 3, burgundy: 2, orange: 2 },
    patterns: { floral: 6, solid: 4, stripes: 1, dots: 1 },
    categories: { dress: 3, skirt: 3, blouse: 3, scarf: 2, boots: 2, hat: 2, bag: 1.5 },
    textures: { linen: 3, suede: 3, plain: 2, knit: 2 },
    formality: 2,
    priceLevel: 0.9,
    logoRate: 0.02,
    stitchingRate: 0.2,
  },
  streetwear: {
    description: 'oversized fits, bold logos, colour blocking and sneakers',
    colors: { black: 5, white: 4, grey: 3, orange: 2, lime: 2, red: 2, olive: 2, blue: 2 },
    patterns: { solid: 6, colorblock: 4, stripes: 2 },
    categories: { top: 3, knitwear: 2, jeans: 2, sneakers: 4, hat: 2, jacket: 2, heels: 0.1, blouse: 0.2 },
    textures: { plain: 3, denim: 2, canvas: 2, leather: 1 },
    formality: 1,
    priceLevel: 1,
    logoRate: 0.7,
    stitchingRate: 0.15,
  },
  romantic: {
    description: 'soft pastels, dots and florals, blouses and midi skirts',
    colors: { pink: 5, lavender: 4, ivory: 4, cream: 3, sky: 2, white: 2, coral: 2, burgundy: 1 },
    patterns: { floral: 4, dots: 4, solid: 5, checks: 1 },
    categories: { blouse: 3, dress: 3, skirt: 3, heels: 2, bag: 1.5, sneakers: 0.3 },
    textures: { silk: 4, plain: 3, knit: 1 },
    formality: 3,
    priceLevel: 1.1,
    logoRate: 0.05,
    stitchingRate: 0.05,
  },
  sporty: {
    description: 'bright accents on neutrals, stripes and colour blocks, zips and sneakers',
    colors: { white: 4, black: 3, blue: 3, red: 3, lime: 2, turquoise: 2, grey: 3, yellow: 1 },
    patterns: { solid: 5, stripes: 4, colorblock: 4 },
    categories: { top: 3, shorts: 3, sneakers: 4, jacket: 2, hat: 1.5, heels: 0.05, coat: 0.3 },
    textures: { plain: 4, canvas: 2, knit: 1 },
    formality: 1,
    priceLevel: 0.9,
    logoRate: 0.6,
    stitchingRate: 0.2,
  },
  edgy: {
    description: 'black leather, studs and zips, leopard and boots',
    colors: { black: 8, charcoal: 4, burgundy: 2, red: 2, grey: 2, white: 1, purple: 1 },
    patterns: { solid: 7, leopard: 3, plaid: 2, stripes: 1 },
    categories: { jacket: 3, jeans: 2, boots: 4, top: 2, belt: 1.5, blouse: 0.5, loafers: 0.3 },
    textures: { leather: 5, denim: 2, plain: 2, suede: 1 },
    formality: 2,
    priceLevel: 1.2,
    logoRate: 0.3,
    stitchingRate: 0.25,
  },
  glam: {
    description: 'jewel tones, silk and shine, evening dresses and high heels',
    colors: { black: 4, emerald: 4, fuchsia: 3, burgundy: 3, purple: 3, red: 3, ivory: 2, mustard: 1 },
    patterns: { solid: 8, leopard: 2, dots: 1 },
    categories: { dress: 4, heels: 4, bag: 2, blouse: 2, coat: 1.5, sneakers: 0.1, shorts: 0.2 },
    textures: { silk: 5, leather: 2, suede: 1, plain: 1 },
    formality: 5,
    priceLevel: 2,
    logoRate: 0.05,
    stitchingRate: 0,
  },
};
