import { COLOR_NAMES, type ColorName, deltaE, PALETTE, type Random } from '../../world/index.ts';

/**
 * Palette colours apart enough to be named apart: ivory against cream is a naming quiz, not a
 * perception test, so options and the colour a minimal pair changes to keep this CIE76 distance.
 */
export const MIN_NAMING_DELTA_E = 20;

export function colorDistance(first: ColorName, second: ColorName): number {
  return deltaE(PALETTE[first].lab, PALETTE[second].lab);
}

/** Colours at least `minimum` from every colour in `avoid`, in seeded order. */
export function farColors(
  random: Random,
  avoid: readonly ColorName[],
  minimum: number,
  candidates: readonly ColorName[] = COLOR_NAMES,
): ColorName[] {
  return random
    .shuffle(candidates)
    .filter((color) => avoid.every((other) => colorDistance(color, other) >= minimum));
}

/** `count` colours far from the answers and from each other, or undefined when the palette runs out. */
export function colorDistractors(
  random: Random,
  answers: readonly ColorName[],
  count: number,
): ColorName[] | undefined {
  const chosen: ColorName[] = [];
  for (const color of random.shuffle(COLOR_NAMES)) {
    if (chosen.length === count) break;
    if ([...answers, ...chosen].every((other) => colorDistance(color, other) >= MIN_NAMING_DELTA_E)) {
      chosen.push(color);
    }
  }
  return chosen.length === count ? chosen : undefined;
}
