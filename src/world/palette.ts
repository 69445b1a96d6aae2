import { chroma, hexToRgb, hueAngle, type Lab, rgbToLab } from './color-science.ts';

/**
 * The named palette. Lab coordinates are derived from the sRGB value with the D65 conversion, so the
 * rendered pixel and the ground-truth Lab can never disagree. Neutrals are the colours that go with
 * anything in the harmony rule; everything else is an accent.
 */
const PALETTE_DEFINITION = {
  white: { hex: '#f7f7f2', neutral: true },
  ivory: { hex: '#ece3c8', neutral: true },
  cream: { hex: '#e8d6a8', neutral: true },
  beige: { hex: '#c9b38a', neutral: true },
  camel: { hex: '#b8864b', neutral: true },
  tan: { hex: '#a47551', neutral: true },
  brown: { hex: '#6b4226', neutral: true },
  chocolate: { hex: '#3e2418', neutral: true },
  grey: { hex: '#8e8e8e', neutral: true },
  charcoal: { hex: '#3a3c40', neutral: true },
  black: { hex: '#141414', neutral: true },
  navy: { hex: '#1c2a4d', neutral: true },
  denim: { hex: '#3f5f8a', neutral: true },
  olive: { hex: '#6b6b2e', neutral: false },
  khaki: { hex: '#9c9460', neutral: false },
  red: { hex: '#c21f2a', neutral: false },
  burgundy: { hex: '#6e1a2c', neutral: false },
  coral: { hex: '#f06f5a', neutral: false },
  orange: { hex: '#e8731c', neutral: false },
  mustard: { hex: '#d4a017', neutral: false },
  yellow: { hex: '#f4d935', neutral: false },
  lime: { hex: '#9acd32', neutral: false },
  green: { hex: '#2e8b47', neutral: false },
  emerald: { hex: '#0f6b4f', neutral: false },
  teal: { hex: '#167a80', neutral: false },
  turquoise: { hex: '#3cc6c0', neutral: false },
  sky: { hex: '#84bde8', neutral: false },
  blue: { hex: '#2456c4', neutral: false },
  purple: { hex: '#6a3d9a', neutral: false },
  lavender: { hex: '#b7a3dc', neutral: false },
  pink: { hex: '#f2a7c0', neutral: false },
  fuchsia: { hex: '#d0287a', neutral: false },
} as const satisfies Record<string, { hex: string; neutral: boolean }>;

export type ColorName = keyof typeof PALETTE_DEFINITION;

export interface PaletteColor {
  name: ColorName;
  hex: string;
  lab: Lab;
  neutral: boolean;
  /** Hue angle of the Lab a*b* vector; meaningless for near-greys (see `chroma`). */
  hue: number;
  chroma: number;
}

export const COLOR_NAMES = Object.keys(PALETTE_DEFINITION) as ColorName[];

export const PALETTE: Readonly<Record<ColorName, PaletteColor>> = Object.fromEntries(
  COLOR_NAMES.map((name) => {
    const { hex, neutral } = PALETTE_DEFINITION[name];
    const lab = rgbToLab(hexToRgb(hex));
    return [name, { name, hex, lab, neutral, hue: hueAngle(lab), chroma: chroma(lab) }];
  }),
) as Record<ColorName, PaletteColor>;

export function isColorName(value: string): value is ColorName {
  return Object.hasOwn(PALETTE_DEFINITION, value);
}
