import type { Box } from '../../../world/index.ts';
import {
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  type ColorName,
  type Item,
  type Random,
} from '../../../world/index.ts';
import { colorAliases, numberAliases } from '../answer-words.ts';
import { colorDistance, colorDistractors, farColors, MIN_NAMING_DELTA_E } from '../distinct-colors.ts';
import {
  HARDWARE_COLORS,
  type ItemLayout,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  MIN_DETAIL_CONTRAST,
  PATTERN_KINDS,
  type PatternKind,
  STRIPE_DIRECTIONS,
} from '../world-internals.ts';

/**
 * The attributes a perception question may ask about. Each is one the renderer draws faithfully and
 * the world's pixel tests prove (src/world/render/*.test.ts): the fabric colour of a solid item, the
 * number and colour of buttons, the logo's shape, colour and third of the body, the number of
 * pockets, the stripe direction and the pattern kind. Pocket colour is left out on purpose: pockets
 * are drawn in a derived tone that has no palette name.
 */
export const PERCEPTION_ATTRIBUTES = [
  'color',
  'button-count',
  'button-color',
  'logo-shape',
  'logo-color',
  'logo-position',
  'pocket-count',
  'stripe-direction',
  'pattern',
] as const;
export type PerceptionAttributeId = (typeof PERCEPTION_ATTRIBUTES)[number];

export interface PerceptionAttribute {
  id: PerceptionAttributeId;
  /** Where the attribute lives in the item record, e.g. `parts.buttons`. */
  path: string;
  categories: readonly Category[];
  applies(item: Item): boolean;
  /** The canonical short answer. */
  value(item: Item): string;
  /** How many different answers the attribute has: a question needs at least as many as options. */
  answerCount: number;
  /** `count` wrong answers, none equal to (or, for colours, near) any of `answers`. */
  distractors(random: Random, answers: readonly string[], count: number): string[] | undefined;
  /** How an answer reads as a multiple-choice option. */
  choiceText(value: string): string;
  aliases(value: string): string[];
  question(subject: string): string;
  /** What a short answer should look like. */
  instruction: string;
  /** The same item with this attribute, and only this one, changed; undefined when impossible. */
  twin(random: Random, item: Item): Item | undefined;
  /** The drawn region the answer depends on, for the detail fraction and the viewer's boxes. */
  region(layout: ItemLayout): Box[];
}

const BUTTONED = CATEGORIES.filter((category) => CATEGORY_INFO[category].parts.buttons !== undefined);
const POCKETED = CATEGORIES.filter((category) => CATEGORY_INFO[category].parts.pockets !== undefined);
const LOGOED = CATEGORIES.filter((category) => CATEGORY_INFO[category].logo);
/** Garments with a panel large enough that their fabric pattern is the fabric, not a trim. */
const PATTERNED = CATEGORIES.filter(
  (category) =>
    CATEGORY_INFO[category].patterns.length > 1 &&
    !['sneakers', 'boots', 'heels', 'loafers', 'belt', 'hat'].includes(category),
);
const STRIPED = PATTERNED.filter((category) => CATEGORY_INFO[category].patterns.includes('stripes'));

const BUTTON_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8].map(String);
const POCKET_COUNTS = [0, 1, 2, 3, 4].map(String);

const PATTERN_TEXT: Readonly<Record<PatternKind, string>> = {
  solid: 'solid (no pattern)',
  stripes: 'stripes',
  pinstripe: 'pinstripes',
  dots: 'polka dots',
  checks: 'checks',
  plaid: 'plaid',
  floral: 'floral',
  colorblock: 'colour block',
  leopard: 'leopard print',
};
const PATTERN_ALIASES: Readonly<Record<PatternKind, string[]>> = {
  solid: ['plain', 'none', 'no pattern', 'solid colour', 'solid color'],
  stripes: ['striped', 'stripe', 'stripy'],
  pinstripe: ['pinstripes', 'pinstriped', 'pin stripes', 'pin stripe'],
  dots: ['polka dots', 'polka dot', 'dotted', 'spots', 'spotted'],
  checks: ['checked', 'check', 'checkered', 'checkerboard', 'gingham'],
  plaid: ['tartan'],
  floral: ['flowers', 'flowered', 'flower print', 'floral print'],
  colorblock: [
    'colour block',
    'color block',
    'colour-block',
    'color-block',
    'colour blocked',
    'color blocked',
  ],
  leopard: ['leopard print', 'animal print'],
};

function otherValues(
  random: Random,
  vocabulary: readonly string[],
  answers: readonly string[],
  count: number,
) {
  const others = random.shuffle(vocabulary.filter((value) => !answers.includes(value)));
  return others.length >= count ? others.slice(0, count) : undefined;
}

function colorOptions(random: Random, answers: readonly string[], count: number) {
  return colorDistractors(random, answers as ColorName[], count);
}

/** Every palette colour drawn on the item, the one being changed left out. */
function itemColors(item: Item, leaveOut: 'fabric' | 'hardware' | 'logo' | 'none'): ColorName[] {
  const colors: (string | null | undefined)[] = [
    leaveOut === 'fabric' ? null : item.color,
    item.pattern.kind === 'solid' ? null : item.pattern.color,
    leaveOut === 'hardware' ? null : item.details.hardware,
    leaveOut === 'logo' ? null : item.details.logo?.color,
    item.details.stitching,
  ];
  return colors.filter((color): color is ColorName => typeof color === 'string');
}

/**
 * A new colour for one role: far from the old one (so the pair reads differently) and as far from
 * every other colour on the item as the sampler keeps them (so the renderer stays faithful).
 */
function changedColor(
  random: Random,
  old: ColorName,
  others: readonly ColorName[],
  preferred?: readonly ColorName[],
): ColorName | undefined {
  const fits = (color: ColorName) => colorDistance(color, old) >= MIN_NAMING_DELTA_E;
  const pick = (candidates?: readonly ColorName[]) =>
    farColors(random, others, MIN_DETAIL_CONTRAST, candidates).find(fits);
  return (preferred && pick(preferred)) ?? pick();
}

function changedCount(random: Random, old: number, range: readonly [number, number] | undefined) {
  if (!range) return undefined;
  const options: number[] = [];
  for (let count = range[0]; count <= range[1]; count++) if (count !== old) options.push(count);
  return options.length > 0 ? random.pick(options) : undefined;
}

const color: PerceptionAttribute = {
  id: 'color',
  path: 'color',
  categories: CATEGORIES,
  // Only solid items: on a striped shirt "the main colour" is a judgement call, not a perception.
  applies: (item) => item.pattern.kind === 'solid',
  value: (item) => item.color,
  answerCount: 32,
  distractors: colorOptions,
  choiceText: (value) => value,
  aliases: (value) => colorAliases(value as ColorName),
  question: (subject) => `What is the main colour of ${subject}?`,
  instruction: 'Answer with one colour name.',
  twin(random, item) {
    const next = changedColor(random, item.color as ColorName, itemColors(item, 'fabric'));
    return next && { ...item, color: next };
  },
  region: (layout) => [layout.body],
};

const buttonCount: PerceptionAttribute = {
  id: 'button-count',
  path: 'parts.buttons',
  categories: BUTTONED,
  applies: (item) => item.parts.closure === 'buttons' && (item.parts.buttons ?? 0) > 0,
  value: (item) => String(item.parts.buttons),
  answerCount: BUTTON_COUNTS.length,
  distractors: (random, answers, count) => otherValues(random, BUTTON_COUNTS, answers, count),
  choiceText: (value) => value,
  aliases: (value) => numberAliases(Number(value)),
  question: (subject) => `How many buttons are there on ${subject}?`,
  instruction: 'Answer with a number.',
  twin(random, item) {
    const next = changedCount(random, item.parts.buttons ?? 0, CATEGORY_INFO[item.category].parts.buttons);
    return next === undefined ? undefined : { ...item, parts: { ...item.parts, buttons: next } };
  },
  region: (layout) => layout.buttons,
};

const buttonColor: PerceptionAttribute = {
  id: 'button-color',
  path: 'details.hardware',
  categories: BUTTONED,
  applies: (item) => item.parts.closure === 'buttons' && item.details.hardware !== null,
  value: (item) => item.details.hardware ?? '',
  answerCount: 32,
  distractors: colorOptions,
  choiceText: (value) => value,
  aliases: (value) => colorAliases(value as ColorName),
  question: (subject) => `What colour are the buttons on ${subject}?`,
  instruction: 'Answer with one colour name.',
  twin(random, item) {
    const old = item.details.hardware as ColorName;
    const next = changedColor(random, old, itemColors(item, 'hardware'), HARDWARE_COLORS);
    return next && { ...item, details: { ...item.details, hardware: next } };
  },
  region: (layout) => layout.buttons,
};

function logoAttribute(
  id: 'logo-shape' | 'logo-color' | 'logo-position',
  field: 'shape' | 'color' | 'position',
): Pick<PerceptionAttribute, 'id' | 'path' | 'categories' | 'applies' | 'value' | 'region'> {
  return {
    id,
    path: `details.logo.${field}`,
    categories: LOGOED,
    applies: (item) => item.details.logo !== null,
    value: (item) => item.details.logo?.[field] ?? '',
    region: (layout) => (layout.logo ? [layout.logo] : []),
  };
}

function withLogo(item: Item, change: Partial<NonNullable<Item['details']['logo']>>): Item {
  const logo = item.details.logo;
  if (!logo) return item;
  return { ...item, details: { ...item.details, logo: { ...logo, ...change } } };
}

const logoShape: PerceptionAttribute = {
  ...logoAttribute('logo-shape', 'shape'),
  answerCount: LOGO_SHAPES.length,
  distractors: (random, answers, count) => otherValues(random, LOGO_SHAPES, answers, count),
  choiceText: (value) => value,
  aliases: (value) => [`a ${value}`, `${value} shape`, `${value}-shaped`],
  question: (subject) => `What shape is the logo on ${subject}?`,
  instruction: `Answer with one word: ${LOGO_SHAPES.join(', ')}.`,
  twin(random, item) {
    const shape = random.pick(LOGO_SHAPES.filter((value) => value !== item.details.logo?.shape));
    return withLogo(item, { shape });
  },
};

const logoColor: PerceptionAttribute = {
  ...logoAttribute('logo-color', 'color'),
  answerCount: 32,
  distractors: colorOptions,
  choiceText: (value) => value,
  aliases: (value) => colorAliases(value as ColorName),
  question: (subject) => `What colour is the logo on ${subject}?`,
  instruction: 'Answer with one colour name.',
  twin(random, item) {
    const old = item.details.logo?.color as ColorName;
    const next = changedColor(random, old, itemColors(item, 'logo'));
    return next && withLogo(item, { color: next });
  },
};

const logoPosition: PerceptionAttribute = {
  ...logoAttribute('logo-position', 'position'),
  answerCount: LOGO_POSITIONS.length,
  distractors: (random, answers, count) => otherValues(random, LOGO_POSITIONS, answers, count),
  choiceText: (value) => value,
  aliases: (value) => {
    const spaced = value.replace('-', ' ');
    const aliases = [spaced, spaced.replace('center', 'centre'), value.replace('center', 'centre')];
    if (value === 'center') aliases.push('middle', 'middle-center', 'middle center', 'centre');
    return [...new Set(aliases)].filter((alias) => alias !== value);
  },
  question: (subject) =>
    `Where is the logo on ${subject}? Split the main panel of the item into a 3 × 3 grid, as the viewer sees it, and name the cell.`,
  instruction: `Answer with one of: ${LOGO_POSITIONS.join(', ')}.`,
  twin(random, item) {
    const position = random.pick(LOGO_POSITIONS.filter((value) => value !== item.details.logo?.position));
    return withLogo(item, { position });
  },
};

const pocketCount: PerceptionAttribute = {
  id: 'pocket-count',
  path: 'parts.pockets',
  categories: POCKETED,
  applies: (item) => item.parts.pockets !== undefined,
  value: (item) => String(item.parts.pockets ?? 0),
  answerCount: POCKET_COUNTS.length,
  distractors: (random, answers, count) => otherValues(random, POCKET_COUNTS, answers, count),
  choiceText: (value) => value,
  aliases: (value) => numberAliases(Number(value)),
  question: (subject) => `How many pockets can you see on ${subject}?`,
  instruction: 'Answer with a number.',
  twin(random, item) {
    const next = changedCount(random, item.parts.pockets ?? 0, CATEGORY_INFO[item.category].parts.pockets);
    return next === undefined ? undefined : { ...item, parts: { ...item.parts, pockets: next } };
  },
  region: (layout) => (layout.pockets.length > 0 ? layout.pockets : [layout.body]),
};

const stripeDirection: PerceptionAttribute = {
  id: 'stripe-direction',
  path: 'pattern.direction',
  categories: STRIPED,
  applies: (item) => item.pattern.kind === 'stripes',
  value: (item) => (item.pattern.kind === 'stripes' ? item.pattern.direction : ''),
  answerCount: STRIPE_DIRECTIONS.length,
  distractors: (random, answers, count) => otherValues(random, STRIPE_DIRECTIONS, answers, count),
  choiceText: (value) => value,
  aliases: (value) => [`${value}ly`, `${value} stripes`],
  question: (subject) => `Which way do the stripes on ${subject} run?`,
  instruction: `Answer with one word: ${STRIPE_DIRECTIONS.join(', ')}.`,
  twin(random, item) {
    if (item.pattern.kind !== 'stripes') return undefined;
    const old = item.pattern.direction;
    const direction = random.pick(STRIPE_DIRECTIONS.filter((value) => value !== old));
    return { ...item, pattern: { ...item.pattern, direction } };
  },
  region: (layout) => [layout.body],
};

const SCALES = ['small', 'large'] as const;

function patternOf(random: Random, kind: PatternKind, color: ColorName): Item['pattern'] {
  switch (kind) {
    case 'solid':
      return { kind };
    case 'stripes':
      return { kind, color, direction: random.pick(STRIPE_DIRECTIONS), scale: random.pick(SCALES) };
    case 'dots':
    case 'checks':
      return { kind, color, scale: random.pick(SCALES) };
    default:
      return { kind, color };
  }
}

const pattern: PerceptionAttribute = {
  id: 'pattern',
  path: 'pattern',
  categories: PATTERNED,
  applies: () => true,
  value: (item) => item.pattern.kind,
  answerCount: PATTERN_KINDS.length,
  distractors: (random, answers, count) => otherValues(random, PATTERN_KINDS, answers, count),
  choiceText: (value) => PATTERN_TEXT[value as PatternKind] ?? value,
  aliases: (value) => PATTERN_ALIASES[value as PatternKind] ?? [],
  question: (subject) => `What pattern does the fabric of ${subject} have?`,
  instruction: `Answer with one of: ${PATTERN_KINDS.join(', ')}.`,
  twin(random, item) {
    const kinds = CATEGORY_INFO[item.category].patterns.filter((kind) => kind !== item.pattern.kind);
    if (kinds.length === 0) return undefined;
    const kind = random.pick(kinds);
    // Keep the pattern colour when there is one; a solid item gets one as far from its other colours
    // as the sampler would have chosen.
    const color =
      item.pattern.kind !== 'solid'
        ? (item.pattern.color as ColorName)
        : farColors(random, itemColors(item, 'none'), MIN_DETAIL_CONTRAST)[0];
    if (!color) return undefined;
    return { ...item, pattern: patternOf(random, kind, color) };
  },
  region: (layout) => [layout.body],
};

export const ATTRIBUTES: Readonly<Record<PerceptionAttributeId, PerceptionAttribute>> = {
  color,
  'button-count': buttonCount,
  'button-color': buttonColor,
  'logo-shape': logoShape,
  'logo-color': logoColor,
  'logo-position': logoPosition,
  'pocket-count': pocketCount,
  'stripe-direction': stripeDirection,
  pattern,
};
