/**
 * Suggested filter values: the procedural world's vocabulary (src/world/vocabulary.ts and
 * palette.ts), restated because the browser bundle must not pull in the world module. A catalog of
 * one's own photos may use other values; the free-form filter accepts any field and value.
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

export const PATTERNS = [
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

/** Named colours with their swatch, so a colour reads as a colour in menus and attributes. */
export const COLORS: Readonly<Record<string, string>> = {
  white: '#f7f7f2',
  ivory: '#ece3c8',
  cream: '#e8d6a8',
  beige: '#c9b38a',
  camel: '#b8864b',
  tan: '#a47551',
  brown: '#6b4226',
  chocolate: '#3e2418',
  grey: '#8e8e8e',
  charcoal: '#3a3c40',
  black: '#141414',
  navy: '#1c2a4d',
  denim: '#3f5f8a',
  olive: '#6b6b2e',
  khaki: '#9c9460',
  red: '#c21f2a',
  burgundy: '#6e1a2c',
  coral: '#f06f5a',
  orange: '#e8731c',
  mustard: '#d4a017',
  yellow: '#f4d935',
  lime: '#9acd32',
  green: '#2e8b47',
  emerald: '#0f6b4f',
  teal: '#167a80',
  turquoise: '#3cc6c0',
  sky: '#84bde8',
  blue: '#2456c4',
  purple: '#6a3d9a',
  lavender: '#b7a3dc',
  pink: '#f2a7c0',
  fuchsia: '#d0287a',
};

/** Fields a user is likely to filter on, offered as suggestions in the free-form filter. */
export const FIELD_SUGGESTIONS = [
  'category=skirt',
  'color=navy',
  'pattern.kind=stripes',
  'texture=denim',
  'season=winter',
  'formality>=4',
  'parts.sleeve=long',
  'parts.fit=slim',
  'parts.buttons>=3',
  'details.logo.shape=star',
  'price<80',
] as const;
