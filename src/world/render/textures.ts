import { hexToRgb, rgbToLab } from '../color-science.ts';
import type { Box } from '../geometry.ts';
import type { Texture } from '../vocabulary.ts';
import type { FabricLayer } from './fabric-layer.ts';
import { element, formatNumber as n } from './svg-markup.ts';

/**
 * Texture hints: denim twill, knit rib, leather sheen and so on, laid faintly over every fabric piece,
 * and never over details, which are drawn later. Weaves are periodic tiles (cheap, see
 * pattern-tile.ts); sheens fill the piece with a gradient.
 */

/** The ceiling on any overlay's opacity; tests read it. */
export const MAX_TEXTURE_OPACITY = 0.08;

/**
 * The most a texture may move a pixel, as RGB distance. Opacity alone does not bound it: 8% of white
 * over navy moves it further than 8% of black over white does, so the opacity is capped per fabric.
 * Colour tests can then find the palette colour with a tolerance a little above this.
 */
export const MAX_TEXTURE_SHIFT = 20;

function distance(first: string, second: string): number {
  const a = hexToRgb(first);
  const b = hexToRgb(second);
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A family of parallel lines, `period` apart, at `angle` degrees from horizontal (y pointing down). */
export interface Hatch {
  period: number;
  angle: number;
}

/** Tiles smaller than this many units would be stretched noticeably when snapped to whole pixels. */
const MIN_TILE = 24;

/** A woven texture: families of faint lines, broken into dashes for the irregular weaves. */
export interface Weave {
  hatches: readonly Hatch[];
  /** Line width in local units. */
  width: number;
  /** Opacity before the per-fabric cap (see MAX_TEXTURE_SHIFT). */
  opacity: number;
  dashes?: readonly number[];
}

export const WEAVES = {
  // Twill: fine diagonal ribs.
  denim: { hatches: [{ period: 5, angle: -58 }], width: 1.3, opacity: 0.08 },
  // Rib: vertical columns.
  knit: { hatches: [{ period: 8, angle: 90 }], width: 2.2, opacity: 0.07 },
  canvas: {
    hatches: [
      { period: 6, angle: 0 },
      { period: 6, angle: 90 },
    ],
    width: 0.9,
    opacity: 0.06,
  },
  // Slubs: uneven broken threads both ways.
  linen: {
    hatches: [
      { period: 9, angle: 0 },
      { period: 11, angle: 90 },
    ],
    width: 1,
    opacity: 0.07,
    dashes: [13, 6, 5, 9],
  },
  // A broken cross-hatch reads as the flecked weave.
  tweed: {
    hatches: [
      { period: 7, angle: 45 },
      { period: 7, angle: -45 },
    ],
    width: 1.1,
    opacity: 0.07,
    dashes: [3, 4],
  },
} as const satisfies Record<string, Weave>;

/**
 * The lines of `hatch` across a `width` × `height` tile, drawn one tile past each edge so the repeat
 * is seamless. Every line starts on the tile's left edge one tile out (top edge for vertical lines),
 * so a dash pattern keeps its phase from tile to tile when the tile's width (height) is a whole
 * number of dash periods along the line.
 */
export function hatchLines(hatch: Hatch, width: number, height: number): string {
  const radians = (hatch.angle * Math.PI) / 180;
  // Lines run left to right (or top to bottom when vertical), whatever the angle's sign.
  const flip = Math.cos(radians) < -1e-9 ? -1 : 1;
  const direction = { x: flip * Math.cos(radians), y: flip * Math.sin(radians) };
  const normal = { x: -direction.y, y: direction.x };
  const reach = [
    [-width, -height],
    [2 * width, -height],
    [-width, 2 * height],
    [2 * width, 2 * height],
  ].map(([x, y]) => x! * normal.x + y! * normal.y);
  let d = '';
  const first = Math.floor(Math.min(...reach) / hatch.period);
  const last = Math.ceil(Math.max(...reach) / hatch.period);
  for (let k = first; k <= last; k++) {
    // The line is every point p with p · normal = k · period.
    const offset = k * hatch.period;
    if (direction.x < 1e-9) {
      d += `M${n(offset / normal.x)} ${n(-height)}v${n(3 * height)}`;
      continue;
    }
    const y = (offset + width * normal.x) / normal.y;
    const run = (3 * width) / direction.x;
    d += `M${n(-width)} ${n(y)}l${n(direction.x * run)} ${n(direction.y * run)}`;
  }
  return d;
}

/**
 * The smallest tile, at least `minimum` units each way, over which a weave repeats: for each family,
 * the tile's width must hold a whole number of line periods along the x axis (and of dash periods
 * along the line), likewise its height.
 */
export function weaveTile(weave: Weave, minimum = MIN_TILE): { width: number; height: number } {
  const dashPeriod = weave.dashes?.reduce((sum, value) => sum + value, 0);
  let width = 0;
  let height = 0;
  for (const hatch of weave.hatches) {
    const radians = (hatch.angle * Math.PI) / 180;
    const dx = Math.abs(Math.cos(radians));
    const dy = Math.abs(Math.sin(radians));
    // Along x the lines are period / |sin| apart; along y, period / |cos|; a dash period along the
    // line covers dashPeriod · |cos| of x.
    const stepX = dy > 1e-9 ? hatch.period / dy : 0;
    const stepY = dx > 1e-9 ? hatch.period / dx : 0;
    // Dashes restart where each line starts: one tile out on the left, or on top when vertical.
    const vertical = dx < 1e-9;
    const dashX = dashPeriod !== undefined && !vertical ? dashPeriod * dx : 0;
    const dashY = dashPeriod !== undefined && vertical ? dashPeriod : 0;
    width = commonMultiple(commonMultiple(width, stepX), dashX);
    height = commonMultiple(commonMultiple(height, stepY), dashY);
  }
  const grow = (value: number) => (value === 0 ? minimum : value * Math.ceil(minimum / value - 1e-9));
  return { width: grow(width), height: grow(height) };
}

/** The least common multiple of two lengths that are whole multiples of a small common step. */
function commonMultiple(first: number, second: number): number {
  if (first === 0) return second;
  if (second === 0) return first;
  for (let multiple = 1; multiple <= 64; multiple++) {
    const candidate = first * multiple;
    const ratio = candidate / second;
    if (Math.abs(ratio - Math.round(ratio)) < 1e-6) return candidate;
  }
  throw new Error(`texture periods ${first} and ${second} have no small common multiple`);
}

function weaveLayer(weave: Weave, ink: string, opacity: number): FabricLayer {
  const size = weaveTile(weave);
  const d = weave.hatches.map((hatch) => hatchLines(hatch, size.width, size.height)).join('');
  const content = element('path', {
    d,
    fill: 'none',
    stroke: ink,
    'stroke-width': weave.width,
    'stroke-opacity': opacity,
    'stroke-dasharray': weave.dashes?.join(' '),
  });
  return { kind: 'tile', tile: { ...size, content } };
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
 * The layer for a texture, or null for 'plain'. Ink is black on light fabric and white on dark, so
 * the hint shows on both; sheens are always white. `id` names the sheen's gradient.
 */
export function textureHint(texture: Texture, fabric: string, id: string, frame: Box): FabricLayer | null {
  const ink = rgbToLab(hexToRgb(fabric)).l > 55 ? '#000000' : '#ffffff';
  const cap = (opacity: number, towards = ink) =>
    Math.min(opacity, MAX_TEXTURE_SHIFT / Math.max(1, distance(fabric, towards)));
  const sheen = (opacity: number, bands: readonly [number, number][]): FabricLayer => ({
    kind: 'paint',
    fill: `url(#${id})`,
    opacity: cap(opacity, '#ffffff'),
    definitions: [sheenGradient(id, frame, bands)],
  });
  switch (texture) {
    case 'plain':
      return null;
    case 'denim':
    case 'knit':
    case 'canvas':
    case 'linen':
    case 'tweed': {
      const weave: Weave = WEAVES[texture];
      return weaveLayer(weave, ink, cap(weave.opacity));
    }
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
