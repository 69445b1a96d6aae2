import { hexToRgb, rgbToLab } from '../color-science.ts';
import type { Box } from '../geometry.ts';
import type { Texture } from '../vocabulary.ts';
import { element, formatNumber as n } from './svg-markup.ts';

/**
 * Texture hints: denim twill, knit rib, leather sheen and so on, laid faintly over the fabric (the
 * caller clips them to the piece). They are drawn as direct geometry for the same speed reason as
 * patterns (see patterns.ts), and never over details, which are drawn later.
 */

/** The ceiling on any overlay's opacity; tests read it. */
export const MAX_TEXTURE_OPACITY = 0.08;

/**
 * The most a texture may move a pixel, as RGB distance. Opacity alone does not bound it: 8% of white
 * over navy moves it further than 8% of black over white does, so the opacity is capped per fabric.
 * Colour tests can then find the palette colour with a tolerance a little above this.
 */
export const MAX_TEXTURE_SHIFT = 20;

export interface TextureHint {
  /** Gradients the hint refers to, for the item's <defs>. */
  definitions: string[];
  /** Elements covering `box` (local units). */
  draw(box: Box): string;
}

function distance(first: string, second: string): number {
  const a = hexToRgb(first);
  const b = hexToRgb(second);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Parallel lines across `box`, `period` apart, at `angle` degrees from horizontal. */
function hatch(box: Box, period: number, angle: number): string {
  const radians = (angle * Math.PI) / 180;
  const direction = { x: Math.cos(radians), y: Math.sin(radians) };
  const normal = { x: -direction.y, y: direction.x };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const reach = Math.hypot(box.width, box.height) / 2 + period;
  // Anchor the lines on a global grid (offsets measured from the origin) so pieces line up.
  const base = cx * normal.x + cy * normal.y;
  let d = '';
  for (let k = Math.floor((base - reach) / period); k <= Math.ceil((base + reach) / period); k++) {
    const shift = k * period - base;
    const x = cx + normal.x * shift - direction.x * reach;
    const y = cy + normal.y * shift - direction.y * reach;
    d += `M${n(x)} ${n(y)}l${n(2 * reach * direction.x)} ${n(2 * reach * direction.y)}`;
  }
  return d;
}

function lines(d: string, ink: string, width: number, opacity: number, dashes?: string): string {
  return element('path', {
    d,
    fill: 'none',
    stroke: ink,
    'stroke-width': width,
    'stroke-opacity': opacity,
    'stroke-dasharray': dashes,
  });
}

function sheenGradient(id: string, frame: Box, bands: readonly [number, number][]): string {
  let stops = element('stop', { offset: 0, 'stop-color': '#ffffff', 'stop-opacity': 0 });
  for (const [centre, width] of bands) {
    stops += element('stop', {
      offset: Math.max(0, centre - width),
      'stop-color': '#ffffff',
      'stop-opacity': 0,
    });
    stops += element('stop', { offset: centre, 'stop-color': '#ffffff', 'stop-opacity': 1 });
    stops += element('stop', {
      offset: Math.min(1, centre + width),
      'stop-color': '#ffffff',
      'stop-opacity': 0,
    });
  }
  stops += element('stop', { offset: 1, 'stop-color': '#ffffff', 'stop-opacity': 0 });
  const corners = { x1: frame.x, y1: frame.y, x2: frame.x + frame.width, y2: frame.y + frame.height };
  return element('linearGradient', { id, gradientUnits: 'userSpaceOnUse', ...corners }, stops);
}

/**
 * The hint for a texture, or null for 'plain'. Ink is black on light fabric and white on dark, so the
 * hint shows on both; sheens are always white.
 */
export function textureHint(texture: Texture, fabric: string, id: string, frame: Box): TextureHint | null {
  const ink = rgbToLab(hexToRgb(fabric)).l > 55 ? '#000000' : '#ffffff';
  const cap = (opacity: number, towards = ink) =>
    Math.min(opacity, MAX_TEXTURE_SHIFT / Math.max(1, distance(fabric, towards)));
  const hint = (draw: (box: Box) => string): TextureHint => ({ definitions: [], draw });
  const sheen = (opacity: number, bands: readonly [number, number][]): TextureHint => ({
    definitions: [sheenGradient(id, frame, bands)],
    draw: (box) => element('rect', { ...box, fill: `url(#${id})`, 'fill-opacity': cap(opacity, '#ffffff') }),
  });
  switch (texture) {
    case 'plain':
      return null;
    case 'denim':
      // Twill: fine diagonal ribs.
      return hint((box) => lines(hatch(box, 5, -58), ink, 1.3, cap(0.08)));
    case 'knit':
      // Rib: vertical columns.
      return hint((box) => lines(hatch(box, 8, 90), ink, 2.2, cap(0.07)));
    case 'canvas':
      return hint((box) => lines(hatch(box, 6, 0) + hatch(box, 6, 90), ink, 0.9, cap(0.06)));
    case 'linen':
      // Slubs: uneven broken threads both ways.
      return hint((box) => lines(hatch(box, 9, 0) + hatch(box, 11, 90), ink, 1, cap(0.07), '13 6 5 9'));
    case 'tweed':
      // A broken cross-hatch reads as the flecked weave.
      return hint((box) => lines(hatch(box, 7, 45) + hatch(box, 7, -45), ink, 1.1, cap(0.07), '3 4'));
    case 'suede':
      return sheen(0.05, [
        [0.2, 0.15],
        [0.55, 0.15],
        [0.85, 0.1],
      ]);
    case 'leather':
      return sheen(0.08, [
        [0.32, 0.1],
        [0.68, 0.06],
      ]);
    case 'silk':
      return sheen(0.07, [
        [0.25, 0.12],
        [0.5, 0.08],
        [0.78, 0.12],
      ]);
  }
}
