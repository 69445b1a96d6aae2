import type { Item, Parts } from '../item.ts';
import type { Random } from '../random.ts';
import type { Brim, Collar, Heel, Length, Neckline, Shaft, Sleeve, Strap } from '../vocabulary.ts';
import { hardwareColorWord } from './caption-words.ts';
import { withArticle } from './english.ts';
import { numberWord } from './number-words.ts';

/**
 * Caption phrases for an item's parts, in a fixed reading order (top of the garment to the bottom,
 * then fastenings and pockets). Counts are always stated: "four gold buttons", "two patch pockets".
 * Absent things ("no collar", "no pockets") are said only sometimes, as copywriters do.
 */
const NECKLINE_WORDS: Readonly<Record<Neckline, readonly string[]>> = {
  crew: ['a crew neck', 'a crewneck', 'a round neckline'],
  'v-neck': ['a v-neck', 'a v-neckline'],
  scoop: ['a scoop neck', 'a scoop neckline'],
  square: ['a square neckline', 'a square neck'],
  turtleneck: ['a turtleneck', 'a roll neck'],
};
const COLLAR_WORDS: Readonly<Record<Collar, readonly string[]>> = {
  none: ['no collar'],
  point: ['a point collar', 'a pointed collar'],
  mandarin: ['a mandarin collar', 'a band collar'],
  'peter-pan': ['a Peter Pan collar'],
  notched: ['notched lapels', 'a notched collar'],
};
const SLEEVE_WORDS: Readonly<Record<Sleeve, readonly string[]>> = {
  sleeveless: ['no sleeves'],
  short: ['short sleeves'],
  'three-quarter': ['three-quarter sleeves', '3/4 sleeves'],
  long: ['long sleeves'],
};
const LENGTH_WORDS: Readonly<Record<Length, readonly string[]>> = {
  short: ['a short length'],
  mini: ['a mini length'],
  knee: ['a knee-length cut', 'a knee length'],
  midi: ['a midi length'],
  maxi: ['a maxi length', 'a floor-length cut'],
  cropped: ['a cropped length', 'a cropped leg'],
  full: ['a full-length leg', 'a full length'],
};
const HEEL_WORDS: Readonly<Record<Heel, readonly string[]>> = {
  flat: ['a flat sole', 'a flat heel'],
  low: ['a low heel', 'a kitten heel'],
  mid: ['a mid heel', 'a block heel', 'a mid-height heel'],
  high: ['a high heel'],
};
const SHAFT_WORDS: Readonly<Record<Shaft, readonly string[]>> = {
  ankle: ['an ankle-high shaft'],
  'mid-calf': ['a mid-calf shaft'],
  knee: ['a knee-high shaft'],
};
const STRAP_WORDS: Readonly<Record<Strap, readonly string[]>> = {
  none: ['no strap'],
  ankle: ['an ankle strap'],
  'top-handle': ['a top handle'],
  shoulder: ['a shoulder strap'],
  crossbody: ['a crossbody strap'],
};
const BRIM_WORDS: Readonly<Record<Brim, readonly string[]>> = {
  none: ['no brim'],
  narrow: ['a narrow brim'],
  wide: ['a wide brim'],
};

function fitWords(item: Item, fit: NonNullable<Parts['fit']>): readonly string[] {
  if (fit === 'wide')
    return item.slot === 'bottom' && item.category !== 'skirt'
      ? ['a wide leg']
      : ['a wide fit', 'a flared shape'];
  if (fit === 'relaxed') return ['a relaxed fit', 'an oversized fit'];
  if (fit === 'regular') return ['a regular fit', 'a straight fit'];
  return ['a slim fit'];
}

function closureWords(item: Item, random: Random): string | undefined {
  const { closure, buttons } = item.parts;
  const metal = item.details.hardware ? hardwareColorWord(item.details.hardware, random) : '';
  if (closure === 'buttons' && buttons !== undefined) {
    // "in gold", not "in gold-tone": the -tone form only reads well before a noun.
    const inMetal = metal ? ` in ${metal.replace(/-tone$/, '')}` : '';
    if (buttons === 1)
      return random.pick([`a single ${metal} button`, `one button${inMetal}`]).replace(/\s+/g, ' ');
    return random
      .pick([`${numberWord(buttons)} ${metal} buttons`, `${numberWord(buttons)} buttons${inMetal}`])
      .replace(/\s+/g, ' ');
  }
  if (closure === 'zip') {
    return random.pick(
      metal
        ? [
            withArticle(`${metal} zip`),
            `a zip in ${metal.replace(/-tone$/, '')}`,
            withArticle(`${metal} zipper`),
          ]
        : ['a zip'],
    );
  }
  if (closure === 'laces') return random.pick(['laces', 'shoelaces']);
  if (closure === 'none' && random.chance(0.4)) return 'no fastening';
  return undefined;
}

function pocketWords(pockets: number, random: Random): string | undefined {
  if (pockets === 0) return random.chance(0.5) ? 'no pockets' : undefined;
  if (pockets === 1) return random.pick(['one pocket', 'a single patch pocket', 'one patch pocket']);
  return random.pick([`${numberWord(pockets)} pockets`, `${numberWord(pockets)} patch pockets`]);
}

/** Says an absent part only some of the time, and a present one always. */
function maybe(present: boolean, random: Random, phrase: string): string | undefined {
  return present || random.chance(0.4) ? phrase : undefined;
}

export function partPhrases(item: Item, random: Random): string[] {
  const { parts } = item;
  const phrases: (string | undefined)[] = [
    parts.neckline && random.pick(NECKLINE_WORDS[parts.neckline]),
    parts.collar && maybe(parts.collar !== 'none', random, random.pick(COLLAR_WORDS[parts.collar])),
    parts.sleeve && random.pick(SLEEVE_WORDS[parts.sleeve]),
    parts.length && random.pick(LENGTH_WORDS[parts.length]),
    parts.fit && random.pick(fitWords(item, parts.fit)),
    closureWords(item, random),
    parts.pockets !== undefined ? pocketWords(parts.pockets, random) : undefined,
    parts.cuffs !== undefined ? maybe(parts.cuffs, random, parts.cuffs ? 'cuffs' : 'no cuffs') : undefined,
    parts.heel && random.pick(HEEL_WORDS[parts.heel]),
    parts.shaft && random.pick(SHAFT_WORDS[parts.shaft]),
    parts.strap && maybe(parts.strap !== 'none', random, random.pick(STRAP_WORDS[parts.strap])),
    parts.brim && maybe(parts.brim !== 'none', random, random.pick(BRIM_WORDS[parts.brim])),
    parts.fringe !== undefined
      ? maybe(parts.fringe, random, parts.fringe ? random.pick(['fringed ends', 'a fringe']) : 'no fringe')
      : undefined,
  ];
  return phrases.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.length > 0);
}
