import { LOGO_POSITIONS, type LogoPosition, type LogoShape } from '../vocabulary.ts';
import { type LexiconEntry, synonyms } from './lexicon-entry.ts';

/**
 * Small details: the nouns that hardware colours, button counts, pocket counts, stitching colours
 * and logo descriptions attach to, plus where on the item a logo sits (in image space: "left" is the
 * viewer's left, as the vocabulary defines it).
 */
const POCKET_KINDS = [
  'patch',
  'chest',
  'side',
  'front',
  'flap',
  'welt',
  'slash',
  'back',
  'hip',
  'cargo',
  'zip',
];

const SHAPE_SPELLINGS: Readonly<Record<LogoShape, readonly string[]>> = {
  circle: ['circle', 'circles', 'circular', 'round logo', 'disc'],
  square: ['square', 'squares'],
  triangle: ['triangle', 'triangles', 'triangular'],
  star: ['star', 'stars', 'star shaped'],
  diamond: ['diamond', 'diamonds', 'diamond shaped', 'lozenge'],
  heart: ['heart', 'hearts', 'heart shaped'],
};

/** "top left", "upper left", "top left corner", "left top" for every grid position, plus plain words. */
function positionSpellings(position: LogoPosition): string[] {
  const [row, column] = position === 'center' ? ['middle', 'center'] : position.split('-');
  const rows =
    row === 'top'
      ? ['top', 'upper']
      : row === 'bottom'
        ? ['bottom', 'lower']
        : ['middle', 'center', 'centre'];
  const columns = column === 'center' ? ['center', 'centre', 'middle'] : [column ?? ''];
  return rows.flatMap((rowWord) =>
    columns.flatMap((columnWord) => [
      `${rowWord} ${columnWord}`,
      `${columnWord} ${rowWord}`,
      `${rowWord} ${columnWord} corner`,
    ]),
  );
}

const EXTRA_POSITIONS: Readonly<Record<LogoPosition, readonly string[]>> = {
  'top-left': [],
  'top-center': [],
  'top-right': [],
  'middle-left': ['left', 'left side'],
  center: ['center', 'centre', 'middle', 'centered', 'centred', 'central', 'centre front', 'center front'],
  'middle-right': ['right', 'right side'],
  'bottom-left': [],
  'bottom-center': ['bottom'],
  'bottom-right': [],
};

export const DETAIL_WORDS: readonly LexiconEntry[] = [
  ...synonyms([{ kind: 'hardware', closure: 'buttons' }], 'button', 'buttons'),
  ...synonyms(
    [{ kind: 'hardware', closure: 'zip' }],
    'zip',
    'zips',
    'zipper',
    'zippers',
    'zip closure',
    'zipped closure',
  ),
  ...synonyms(
    [{ kind: 'hardware' }],
    'buckle',
    'buckles',
    'hardware',
    'clasp',
    'zip pull',
    'zip pulls',
    'fastening',
    'fastenings',
    'closure',
    'trims',
  ),
  ...synonyms(
    [{ kind: 'pockets', plural: false }],
    'pocket',
    ...POCKET_KINDS.map((kind) => `${kind} pocket`),
  ),
  ...synonyms(
    [{ kind: 'pockets', plural: true }],
    'pockets',
    ...POCKET_KINDS.map((kind) => `${kind} pockets`),
  ),
  ...synonyms([{ kind: 'part', parts: { pockets: 0 } }], 'pocketless'),
  ...synonyms(
    [{ kind: 'stitching' }],
    'stitching',
    'stitches',
    'stitch',
    'stitched',
    'topstitching',
    'top stitching',
    'topstitched',
    'top stitched',
    'seams',
  ),
  ...synonyms([{ kind: 'contrast' }], 'contrast', 'contrasting', 'contrasted'),
  ...synonyms(
    [{ kind: 'logo' }],
    'logo',
    'logos',
    'emblem',
    'badge',
    'crest',
    'motif',
    'monogram',
    'insignia',
  ),
  ...(Object.keys(SHAPE_SPELLINGS) as LogoShape[]).flatMap((shape) =>
    synonyms([{ kind: 'logo', shape }], ...SHAPE_SPELLINGS[shape]),
  ),
  ...LOGO_POSITIONS.flatMap((position) =>
    synonyms([{ kind: 'position', position }], ...positionSpellings(position), ...EXTRA_POSITIONS[position]),
  ),
];
