import type { PatternKind } from '../vocabulary.ts';
import { type LexiconEntry, synonyms } from './lexicon-entry.ts';

/**
 * Pattern, scale, direction and texture words. Whether a pattern word is an adjective ("a navy
 * pinstripe blazer": navy is the blazer) or a noun ("a blazer with white pinstripes": white is the
 * stripes) is decided by position in the parser, not here, so one entry serves both uses.
 */
const PATTERN_SPELLINGS: Readonly<Record<PatternKind, readonly string[]>> = {
  solid: ['solid', 'plain', 'solid colour', 'solid color', 'block colour', 'block color', 'unpatterned'],
  stripes: ['stripes', 'stripe', 'striped', 'stripy', 'stripey', 'stripe pattern', 'striping'],
  pinstripe: [
    'pinstripe',
    'pinstripes',
    'pinstriped',
    'pin stripe',
    'pin stripes',
    'pinstriping',
    'chalk stripe',
  ],
  dots: [
    'dots',
    'dot',
    'dotted',
    'polka dot',
    'polka dots',
    'polka dotted',
    'polka',
    'spots',
    'spotted',
    'spotty',
  ],
  checks: ['checks', 'check', 'checked', 'checkered', 'chequered', 'gingham', 'houndstooth'],
  plaid: ['plaid', 'plaids', 'tartan', 'tartans'],
  floral: ['floral', 'florals', 'flowers', 'flower', 'flowery', 'flowered', 'botanical'],
  colorblock: [
    'colorblock',
    'colourblock',
    'color block',
    'colour block',
    'color blocked',
    'colour blocked',
    'colorblocked',
    'colourblocked',
    'color blocking',
    'colour blocking',
    'color block panels',
    'colour block panels',
    'two tone',
  ],
  leopard: ['leopard', 'leopard spots', 'animal print', 'cheetah', 'animal'],
};

/** "floral print", "check pattern": a pattern word followed by print/pattern means the same pattern. */
function withPrintSuffixes(spellings: readonly string[]): string[] {
  const single = spellings.filter((spelling) => !/ (print|pattern|panels)$/.test(spelling));
  return [...spellings, ...single.flatMap((spelling) => [`${spelling} print`, `${spelling} pattern`])];
}

export const PATTERN_WORDS: readonly LexiconEntry[] = [
  ...(Object.keys(PATTERN_SPELLINGS) as PatternKind[]).flatMap((pattern) =>
    synonyms([{ kind: 'pattern', pattern }], ...withPrintSuffixes(PATTERN_SPELLINGS[pattern])),
  ),
  ...synonyms([{ kind: 'pattern', pattern: 'stripes', direction: 'horizontal' }], 'breton', 'breton stripes'),
  ...synonyms([{ kind: 'pattern-word' }], 'pattern', 'patterns', 'print', 'prints', 'patterned', 'printed'),
  ...synonyms([{ kind: 'direction', direction: 'horizontal' }], 'horizontal', 'horizontally'),
  ...synonyms([{ kind: 'direction', direction: 'vertical' }], 'vertical', 'vertically'),
  ...synonyms([{ kind: 'direction', direction: 'diagonal' }], 'diagonal', 'diagonally', 'bias'),
  ...synonyms(
    [{ kind: 'size', size: 'small' }],
    'small',
    'tiny',
    'little',
    'fine',
    'thin',
    'narrow',
    'small scale',
  ),
  ...synonyms(
    [{ kind: 'size', size: 'medium' }],
    'medium',
    'medium sized',
    'mid size',
    'mid sized',
    'midsize',
  ),
  ...synonyms(
    [{ kind: 'size', size: 'large' }],
    'large',
    'big',
    'bold',
    'broad',
    'huge',
    'large scale',
    'oversize',
  ),
  ...synonyms([{ kind: 'size', size: 'large', fit: 'wide' }], 'wide'),
  ...synonyms([{ kind: 'texture', texture: 'plain' }], 'cotton', 'jersey', 'poplin', 'plain weave'),
  ...synonyms([{ kind: 'texture', texture: 'denim' }], 'denim'),
  ...synonyms(
    [
      { kind: 'texture', texture: 'knit' },
      { kind: 'category', category: 'knitwear', weak: true },
    ],
    'knit',
    'chunky knit',
    'cable knit',
    'wool knit',
  ),
  ...synonyms([{ kind: 'texture', texture: 'knit' }], 'knitted', 'ribbed'),
  ...synonyms(
    [{ kind: 'texture', texture: 'leather' }],
    'leather',
    'faux leather',
    'vegan leather',
    'patent leather',
  ),
  ...synonyms([{ kind: 'texture', texture: 'silk' }], 'silk', 'silky', 'satin', 'silken', 'chiffon'),
  ...synonyms([{ kind: 'texture', texture: 'linen' }], 'linen', 'linens'),
  ...synonyms([{ kind: 'texture', texture: 'tweed' }], 'tweed', 'boucle', 'herringbone'),
  ...synonyms([{ kind: 'texture', texture: 'suede' }], 'suede', 'nubuck', 'faux suede'),
  ...synonyms([{ kind: 'texture', texture: 'canvas' }], 'canvas', 'twill canvas'),
];
