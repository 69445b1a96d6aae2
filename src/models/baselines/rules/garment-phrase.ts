import { CATEGORY_INFO, type ParsedPrompt, type Slot } from '../../../world/index.ts';

export type GarmentAttributes = ParsedPrompt['attributes'];

/**
 * Writes parsed attributes back as a garment phrase the world's prompt parser reads: title-style
 * words before the noun ("navy & white striped linen wide-leg trousers"), details after commas
 * ("two pockets, gold hardware"). The phrase never contains " with " or " and ", because the
 * generate_image backend joins garments of an outfit with " with ".
 */
const SLOT_NOUNS: Readonly<Record<Slot, string>> = {
  top: 'top',
  bottom: 'bottoms',
  'one-piece': 'dress',
  outerwear: 'outerwear',
  shoes: 'shoes',
  bag: 'bag',
  hat: 'hat',
  scarf: 'scarf',
  belt: 'belt',
};

const FORMALITY_WORDS = { 1: 'lounge', 2: 'casual', 3: 'smart-casual', 4: 'business', 5: 'formal' } as const;
const SEASON_WORDS = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  winter: 'winter',
  'all-season': 'year-round',
} as const;
const PATTERN_WORDS = {
  solid: 'solid',
  stripes: 'striped',
  pinstripe: 'pinstripe',
  dots: 'polka-dot',
  checks: 'checked',
  plaid: 'plaid',
  floral: 'floral',
  colorblock: 'colour-block',
  leopard: 'leopard-print',
} as const;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Metals are what shoppers call hardware; the palette stand-ins read oddly ("mustard buttons"). */
const HARDWARE_WORDS: Readonly<Record<string, string>> = { mustard: 'gold', grey: 'silver' };

const numberWord = (count: number) => NUMBER_WORDS[count] ?? String(count);
/** "denim" alone is a texture to the parser; the colour is "denim blue". */
const colorWord = (color: string) => (color === 'denim' ? 'denim-blue' : color);

function nounOf(attributes: GarmentAttributes): string {
  if (attributes.category) return CATEGORY_INFO[attributes.category].noun;
  if (attributes.slot) return SLOT_NOUNS[attributes.slot];
  return 'outfit piece';
}

function colorWords(attributes: GarmentAttributes): string[] {
  const pattern = attributes.pattern;
  const words: string[] = [];
  if (attributes.color && pattern?.color)
    words.push(`${colorWord(attributes.color)} &`, colorWord(pattern.color));
  else if (attributes.color) words.push(colorWord(attributes.color));
  if (pattern) {
    if (pattern.kind === 'stripes') {
      if (pattern.scale) words.push(pattern.scale === 'small' ? 'thin' : 'wide');
      if (pattern.direction) words.push(pattern.direction);
    } else if (pattern.scale && (pattern.kind === 'dots' || pattern.kind === 'checks')) {
      words.push(pattern.scale);
    }
    words.push(PATTERN_WORDS[pattern.kind]);
  }
  return words;
}

type Parts = NonNullable<GarmentAttributes['parts']>;
type WordsFor<K extends keyof Parts> = Readonly<Record<NonNullable<Parts[K]> & string, string>>;

const LENGTH_WORDS: WordsFor<'length'> = {
  short: 'short',
  mini: 'mini',
  knee: 'knee-length',
  midi: 'midi',
  maxi: 'maxi',
  cropped: 'cropped',
  full: 'full-length',
};
const SLEEVE_WORDS: WordsFor<'sleeve'> = {
  sleeveless: 'sleeveless',
  short: 'short-sleeve',
  'three-quarter': 'three-quarter-sleeve',
  long: 'long-sleeve',
};
const NECKLINE_WORDS: WordsFor<'neckline'> = {
  crew: 'crew-neck',
  'v-neck': 'v-neck',
  scoop: 'scoop-neck',
  square: 'square-neck',
  turtleneck: 'roll-neck',
};
const HEEL_WORDS: WordsFor<'heel'> = { flat: 'flat', low: 'low-heel', mid: 'mid-heel', high: 'high-heel' };
const SHAFT_WORDS: WordsFor<'shaft'> = { ankle: 'ankle', 'mid-calf': 'mid-calf', knee: 'knee-high' };
const STRAP_WORDS: WordsFor<'strap'> = {
  none: 'strapless',
  ankle: 'ankle-strap',
  'top-handle': 'top-handle',
  shoulder: 'shoulder-strap',
  crossbody: 'crossbody',
};
const BRIM_WORDS: WordsFor<'brim'> = { none: 'brimless', narrow: 'narrow-brim', wide: 'wide-brim' };

function fitWord(attributes: GarmentAttributes, fit: NonNullable<Parts['fit']>): string {
  if (fit !== 'wide') return `${fit}-fit`;
  const slot = attributes.category ? CATEGORY_INFO[attributes.category].slot : attributes.slot;
  // Trousers have a wide leg; a wide skirt or dress is flared.
  return slot === 'bottom' && attributes.category !== 'skirt' ? 'wide-leg' : 'flared';
}

function partWordsBefore(attributes: GarmentAttributes): string[] {
  const parts = attributes.parts ?? {};
  return [
    parts.fit ? fitWord(attributes, parts.fit) : '',
    parts.length ? LENGTH_WORDS[parts.length] : '',
    parts.sleeve ? SLEEVE_WORDS[parts.sleeve] : '',
    parts.neckline ? NECKLINE_WORDS[parts.neckline] : '',
    parts.collar === 'none' ? 'collarless' : '',
    parts.heel ? HEEL_WORDS[parts.heel] : '',
    parts.shaft ? SHAFT_WORDS[parts.shaft] : '',
    parts.strap ? STRAP_WORDS[parts.strap] : '',
    parts.brim ? BRIM_WORDS[parts.brim] : '',
    parts.closure === 'laces' ? 'lace-up' : '',
    parts.closure === 'none' && !attributes.hardware ? 'slip-on' : '',
  ];
}

/**
 * Buttons and zips come after the noun: before it, a count or a metal would take the garment's
 * colour words with it ("white four-button jacket" reads as white buttons).
 */
function hardwarePhrase(attributes: GarmentAttributes): string[] {
  const parts = attributes.parts ?? {};
  const metal = attributes.hardware
    ? `${HARDWARE_WORDS[attributes.hardware] ?? colorWord(attributes.hardware)} `
    : '';
  if (parts.buttons !== undefined) {
    return [`${numberWord(parts.buttons)} ${metal}${parts.buttons === 1 ? 'button' : 'buttons'}`];
  }
  if (parts.closure === 'buttons') return [`${metal}buttons`];
  if (parts.closure === 'zip') return [`a ${metal}zip`];
  return metal ? [`${metal}hardware`] : [];
}

function detailPhrases(attributes: GarmentAttributes): string[] {
  const parts = attributes.parts ?? {};
  const phrases: string[] = [];
  if (parts.collar && parts.collar !== 'none')
    phrases.push(`${parts.collar === 'peter-pan' ? 'peter pan' : parts.collar} collar`);
  if (parts.pockets === 'some') phrases.push('pockets');
  else if (parts.pockets !== undefined)
    phrases.push(`${numberWord(parts.pockets)} ${parts.pockets === 1 ? 'pocket' : 'pockets'}`);
  if (parts.cuffs !== undefined) phrases.push(parts.cuffs ? 'cuffs' : 'no cuffs');
  if (parts.fringe !== undefined) phrases.push(parts.fringe ? 'fringed ends' : 'no fringe');
  phrases.push(...hardwarePhrase(attributes));
  const logo = attributes.logo;
  if (logo === null) phrases.push('no logo');
  else if (logo) {
    const position = logo.position
      ? ` ${logo.position === 'center' ? 'in the centre' : `on the ${logo.position.replace('-', ' ')}`}`
      : '';
    phrases.push(
      `a ${[logo.size, logo.color && colorWord(logo.color), logo.shape, 'logo'].filter(Boolean).join(' ')}${position}`,
    );
  }
  if (attributes.stitching === null) phrases.push('no stitching');
  else if (attributes.stitching === 'contrast') phrases.push('contrast stitching');
  else if (attributes.stitching) phrases.push(`contrast ${colorWord(attributes.stitching)} stitching`);
  return phrases;
}

/** The garment as one phrase; empty when the attributes name nothing at all. */
export function garmentPhrase(attributes: GarmentAttributes): string {
  const before = [
    attributes.formality ? FORMALITY_WORDS[attributes.formality] : '',
    attributes.season ? SEASON_WORDS[attributes.season] : '',
    ...(attributes.archetypes ?? []),
    ...colorWords(attributes),
    attributes.texture && attributes.texture !== 'plain' ? attributes.texture : '',
    ...partWordsBefore(attributes),
    nounOf(attributes),
  ].filter((word) => word.length > 0);
  return [before.join(' '), ...detailPhrases(attributes)].join(', ');
}
