import { deltaE, hexToRgb, mixHex, rgbToLab } from '../color-science.ts';
import type { Item } from '../item.ts';
import { type ColorName, PALETTE } from '../palette.ts';

/**
 * The colours an item is drawn with. Fabric, pattern, hardware, logo and stitching are palette
 * colours used exactly. Everything else (outlines, the inside of a neckline, cuffs, pockets, soles) is
 * a derived tone, chosen to stay well away from every palette colour on the item: a pixel test looking
 * for the hardware colour must never find a pocket, and a pocket must never merge with a stripe.
 */

/** The product-shot background: off-white, and deliberately not a palette colour. */
export const PRODUCT_BACKGROUND = '#f4f3ef';

export interface ItemTones {
  fabric: string;
  pattern: string | null;
  hardware: string | null;
  logo: string | null;
  stitching: string | null;
  /** Thin outlines and seams. */
  outline: string;
  /** The inside of the garment seen through an opening: back neck, bag interior, shoe lining. */
  shade: string;
  /** Cuffs, bands, turn-ups and other trims. */
  trim: string;
  /** Patch pockets; reported in the layout so that pockets can be found in the pixels. */
  pocket: string;
  /** Shoe soles and heels, sneaker laces. */
  sole: string;
}

/** Minimum separation of a derived tone from every other colour on the item (both must hold). */
const MIN_DELTA_E = 12;
const MIN_RGB_DISTANCE = 44;

const BLACK = '#000000';
const WHITE = '#ffffff';
const LIGHT_SOLE = '#d2ccbc';
const DARK_SOLE = '#2e2b28';
/** Sneakers sit on light cupsoles; dress shoes and boots on dark leather soles. */
function soles(item: Item): string[] {
  return item.category === 'sneakers' ? [LIGHT_SOLE, DARK_SOLE] : [DARK_SOLE, LIGHT_SOLE];
}

const NEUTRAL_FALLBACKS = ['#2e2b28', '#4a463f', '#5d5952', '#7a756b', '#a7a298', '#bdb7aa', '#d6d1c4'];

function rgbDistance(first: string, second: string): number {
  const a = hexToRgb(first);
  const b = hexToRgb(second);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function separation(candidate: string, avoid: readonly string[]): number {
  const lab = rgbToLab(hexToRgb(candidate));
  let worst = Number.POSITIVE_INFINITY;
  for (const other of avoid) {
    const rgb = rgbDistance(candidate, other) / MIN_RGB_DISTANCE;
    const lab2 = deltaE(lab, rgbToLab(hexToRgb(other))) / MIN_DELTA_E;
    worst = Math.min(worst, rgb, lab2);
  }
  return worst;
}

/** First candidate far enough from everything in `avoid`, else the best-separated one. */
export function pickTone(candidates: readonly string[], avoid: readonly string[]): string {
  let best = candidates[0] ?? NEUTRAL_FALLBACKS[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score = separation(candidate, avoid);
    if (score >= 1) return candidate;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Shades of `base` towards black or white, in the order a role prefers them. */
function shades(base: string, amounts: readonly number[], darkFirst: boolean): string[] {
  const dark = amounts.map((amount) => mixHex(base, BLACK, amount));
  const light = amounts.map((amount) => mixHex(base, WHITE, amount));
  const interleaved = amounts.flatMap((_, index) =>
    darkFirst ? [dark[index]!, light[index]!] : [light[index]!, dark[index]!],
  );
  return [...interleaved, ...NEUTRAL_FALLBACKS];
}

function hex(name: string | null | undefined): string | null {
  return name ? PALETTE[name as ColorName].hex : null;
}

export function itemTones(item: Item): ItemTones {
  const fabric = PALETTE[item.color as ColorName].hex;
  const pattern = item.pattern.kind === 'solid' ? null : hex(item.pattern.color);
  const hardware = hex(item.details.hardware);
  const logo = hex(item.details.logo?.color);
  const stitching = hex(item.details.stitching);
  const palette = [fabric, pattern, hardware, logo, stitching, PRODUCT_BACKGROUND].filter(
    (color): color is string => color !== null,
  );
  // A light fabric reads best with darker insides and trims; a dark one with lighter ones.
  const darkFabric = rgbToLab(hexToRgb(fabric)).l < 45;
  // Pockets are counted by their colour, so they are chosen first, get the gentlest shade, and every
  // other tone that fills an area keeps away from them.
  const pocket = pickTone(shades(fabric, [0.22, 0.32, 0.45, 0.6, 0.75], !darkFabric), palette);
  const apart = [...palette, pocket];
  // Outlines stay dark whatever the fabric: they separate the item from a light background.
  const outline = pickTone(
    [
      mixHex(fabric, BLACK, 0.45),
      mixHex(fabric, BLACK, 0.6),
      mixHex(fabric, WHITE, 0.22),
      mixHex(fabric, WHITE, 0.32),
      ...shades(fabric, [0.45, 0.75], true),
    ],
    apart,
  );
  const shade = pickTone(shades(fabric, [0.2, 0.3, 0.45, 0.6, 0.75], !darkFabric), apart);
  const trim = pickTone(shades(fabric, [0.18, 0.28, 0.4, 0.55, 0.68, 0.8], !darkFabric), apart);
  const sole = pickTone([...soles(item), ...shades(fabric, [0.5, 0.7], true)], palette);
  return { fabric, pattern, hardware, logo, stitching, outline, shade, trim, pocket, sole };
}
