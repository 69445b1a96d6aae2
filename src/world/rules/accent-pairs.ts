import { hueDistance } from '../color-science.ts';
import { COLOR_NAMES, type ColorName, PALETTE } from '../palette.ts';

/*
 * How two accent colours relate, from the palette's Lab hue and chroma. The thresholds were read off
 * the 171 accent pairs of the palette (see accent-pairs.test.ts for the resulting table):
 *
 * - TONAL ≤ 15°: shades of one hue (red/coral 5°, purple/lavender 6°, pink/fuchsia 1°) read as one
 *   colour family, the safest two-accent look.
 * - ANALOGOUS ≤ 45°: neighbours on the wheel (red/burgundy 16°, sky/blue 37°). 45° is where Lab hue
 *   neighbours stop looking related (yellow/green is 51°).
 * - CLASH: an analogous distance between two SATURATED colours (chroma ≥ 55). Near-but-not-equal
 *   loud hues vibrate and read as a failed match: red/fuchsia 35°, red/orange 26°, blue/purple 20°.
 *   55 separates the loud accents (red 72, orange 75, fuchsia 68, purple 58) from the muted ones
 *   (green 51, coral is 60 and counts as loud).
 * - COMPLEMENTARY ≥ 110°: Lab's opponent axes are not the painter's RYB wheel, so the pairs fashion
 *   calls complementary sit well short of 180° here (red/green 115°, orange/blue 126°,
 *   yellow/purple 143°); 110° takes them in while leaving red/blue (100°) and red/purple (80°) out.
 * - MUTED: two accents with chroma < 40 (olive, khaki, sky, lavender, pink, teal…) behave almost like
 *   neutrals and go together whatever their hues.
 * - UNRELATED: everything else, 45°–110° apart with at least one strong colour; it breaks harmony.
 */
export const TONAL_MAX_DEGREES = 15;
export const ANALOGOUS_MAX_DEGREES = 45;
export const COMPLEMENTARY_MIN_DEGREES = 110;
export const SATURATED_MIN_CHROMA = 55;
export const MUTED_MAX_CHROMA = 40;

export type AccentScheme = 'tonal' | 'analogous' | 'complementary' | 'muted' | 'clash' | 'unrelated';

export interface AccentPair {
  scheme: AccentScheme;
  harmonious: boolean;
  hueDegrees: number;
}

export function classifyAccentPair(first: ColorName, second: ColorName): AccentPair {
  const a = PALETTE[first];
  const b = PALETTE[second];
  const hueDegrees = Math.round(hueDistance(a.hue, b.hue));
  const saturated = a.chroma >= SATURATED_MIN_CHROMA && b.chroma >= SATURATED_MIN_CHROMA;
  const scheme = ((): AccentScheme => {
    if (hueDegrees <= TONAL_MAX_DEGREES) return 'tonal';
    if (hueDegrees <= ANALOGOUS_MAX_DEGREES) return saturated ? 'clash' : 'analogous';
    if (hueDegrees >= COMPLEMENTARY_MIN_DEGREES) return 'complementary';
    if (a.chroma < MUTED_MAX_CHROMA && b.chroma < MUTED_MAX_CHROMA) return 'muted';
    return 'unrelated';
  })();
  return { scheme, harmonious: scheme !== 'clash' && scheme !== 'unrelated', hueDegrees };
}

/** The named clashes of the palette, computed once: pairs of loud accents with neighbouring hues. */
export const COLOR_CLASHES: readonly (readonly [ColorName, ColorName])[] = COLOR_NAMES.flatMap(
  (first, index) =>
    COLOR_NAMES.slice(index + 1)
      .filter((second) => !PALETTE[first].neutral && !PALETTE[second].neutral)
      .filter((second) => classifyAccentPair(first, second).scheme === 'clash')
      .map((second) => [first, second] as const),
);

/** Why a pair does or does not go together, as the clause of a rule message. */
export function explainAccentPair(first: ColorName, second: ColorName): string {
  const { scheme, hueDegrees } = classifyAccentPair(first, second);
  const apart = `hues ${hueDegrees}° apart`;
  switch (scheme) {
    case 'tonal':
      return `${first} and ${second} are tonal (${apart})`;
    case 'analogous':
      return `${first} and ${second} are analogous (${apart})`;
    case 'complementary':
      return `${first} and ${second} are complementary (${apart})`;
    case 'muted':
      return `${first} and ${second} are both muted (chroma under ${MUTED_MAX_CHROMA})`;
    case 'clash':
      return `${first} and ${second} clash (${apart}, both saturated)`;
    case 'unrelated':
      return `${first} and ${second} are neither analogous nor complementary (${apart})`;
  }
}
