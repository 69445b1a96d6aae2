import type { Box } from '../geometry.ts';
import type { Pattern } from '../item.ts';
import { element, formatNumber as n } from './svg-markup.ts';

/**
 * Fabric patterns, drawn as plain geometry in the pattern colour over a fabric piece (the caller clips
 * it to the piece). Every motif sits on a grid anchored at the item's origin, so stripes and checks
 * line up across seams. Two colours only, no blending: a pixel inside a stripe or a dot is exactly a
 * palette colour.
 *
 * Why not <pattern>: librsvg pays per tile, and small tiles made a 512-px shirt take 20–120 ms to
 * rasterise instead of 4. Direct geometry clipped to the piece costs about nothing extra.
 */

export interface FabricPattern {
  /** SVG elements in the pattern colour covering `box` (local units). */
  draw(box: Box): string;
}

/** Stripe and motif sizes in local units; "large" is about 2.5× "small" so the two read as different. */
const STRIPE_PERIOD = { small: 16, large: 40 } as const;
const DOT_LAYOUT = { small: { period: 18, radius: 3.2 }, large: { period: 40, radius: 7.5 } } as const;
const CHECK_CELL = { small: 14, large: 34 } as const;

/** Indices k such that k·period steps cover [from, to], with one step of margin each side. */
function steps(from: number, to: number, period: number): number[] {
  const first = Math.floor(from / period) - 1;
  const last = Math.ceil(to / period) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function rect(x: number, y: number, width: number, height: number): string {
  return `M${n(x)} ${n(y)}h${n(width)}v${n(height)}h${n(-width)}z`;
}

function disc(x: number, y: number, radius: number): string {
  return `M${n(x - radius)} ${n(y)}a${n(radius)} ${n(radius)} 0 1 0 ${n(2 * radius)} 0a${n(radius)} ${n(radius)} 0 1 0 ${n(-2 * radius)} 0z`;
}

function filled(d: string, fill: string): string {
  return d === '' ? '' : element('path', { d, fill });
}

/** Horizontal bands of height `band` every `period`, across `box`. */
function bands(box: Box, period: number, band: number, offset = 0): string {
  let d = '';
  for (const k of steps(box.y, box.y + box.height, period))
    d += rect(box.x - 2, k * period + offset, box.width + 4, band);
  return d;
}

/** Vertical bands of width `band` every `period`, across `box`. */
function columns(box: Box, period: number, band: number, offset = 0): string {
  let d = '';
  for (const k of steps(box.x, box.x + box.width, period))
    d += rect(k * period + offset, box.y - 2, band, box.height + 4);
  return d;
}

/** Calls `motif(x, y)` at the origin of every tile of a grid covering `box`. */
function tiles(box: Box, size: number, motif: (x: number, y: number) => string): string {
  let d = '';
  for (const row of steps(box.y, box.y + box.height, size)) {
    for (const column of steps(box.x, box.x + box.width, size)) d += motif(column * size, row * size);
  }
  return d;
}

/** Diagonal stripes: horizontal bands in a frame rotated 45° about the origin. */
function diagonal(box: Box, period: number, color: string): string {
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ] as const;
  // Coordinates of the corners in the rotated frame (rotate by -45° to undo the group's +45°).
  const c = Math.SQRT1_2;
  const us = corners.map(([x, y]) => x * c + y * c);
  const vs = corners.map(([x, y]) => -x * c + y * c);
  const area = {
    x: Math.min(...us),
    y: Math.min(...vs),
    width: Math.max(...us) - Math.min(...us),
    height: Math.max(...vs) - Math.min(...vs),
  };
  return element('g', { transform: 'rotate(45)' }, filled(bands(area, period, period / 2), color));
}

/** A five-petal flower as one path of five rounded lobes (cheap to rasterise), and its eye. */
function flower(x: number, y: number, size: number): { petals: string; eye: string } {
  const outer = size * 2.7;
  const inner = size * 0.5;
  const point = (angle: number, radius: number) =>
    `${n(x + Math.cos(angle) * radius)} ${n(y + Math.sin(angle) * radius)}`;
  const step = (2 * Math.PI) / 5;
  let petals = `M${point(-Math.PI / 2 - step / 2, inner)}`;
  for (let index = 0; index < 5; index++) {
    const tip = -Math.PI / 2 + index * step;
    petals += `C${point(tip - step * 0.62, outer)} ${point(tip + step * 0.62, outer)} ${point(tip + step / 2, inner)}`;
  }
  return { petals: `${petals}z`, eye: disc(x, y, size * 0.5) };
}

/** An open leopard rosette: three thick broken arcs around an empty centre. */
function rosette(x: number, y: number, radius: number, rotation: number): string {
  let d = '';
  for (const [start, end] of [
    [0.1, 1.6],
    [2.2, 3.7],
    [4.4, 5.6],
  ] as const) {
    const x0 = x + Math.cos(start + rotation) * radius;
    const y0 = y + Math.sin(start + rotation) * radius * 0.8;
    const x1 = x + Math.cos(end + rotation) * radius;
    const y1 = y + Math.sin(end + rotation) * radius * 0.8;
    d += `M${n(x0)} ${n(y0)}A${n(radius)} ${n(radius * 0.8)} 0 0 1 ${n(x1)} ${n(y1)}`;
  }
  return d;
}

/**
 * The pattern for an item, or null when solid. `body` is the garment's main panel: colour-blocking
 * puts the second colour on its lower part (and everything below).
 */
export function fabricPattern(
  pattern: Pattern,
  fabric: string,
  color: string | null,
  body: Box,
): FabricPattern | null {
  if (pattern.kind === 'solid' || color === null) return null;
  switch (pattern.kind) {
    case 'stripes': {
      const period = STRIPE_PERIOD[pattern.scale];
      if (pattern.direction === 'diagonal') return { draw: (box) => diagonal(box, period, color) };
      if (pattern.direction === 'vertical')
        return { draw: (box) => filled(columns(box, period, period / 2), color) };
      return { draw: (box) => filled(bands(box, period, period / 2), color) };
    }
    case 'pinstripe':
      return { draw: (box) => filled(columns(box, 18, 1.8), color) };
    case 'dots': {
      const { period, radius } = DOT_LAYOUT[pattern.scale];
      const motif = (x: number, y: number) =>
        disc(x + period / 4, y + period / 4, radius) +
        disc(x + (3 * period) / 4, y + (3 * period) / 4, radius);
      return { draw: (box) => filled(tiles(box, period, motif), color) };
    }
    case 'checks': {
      const cell = CHECK_CELL[pattern.scale];
      const motif = (x: number, y: number) => rect(x, y, cell, cell) + rect(x + cell, y + cell, cell, cell);
      return { draw: (box) => filled(tiles(box, 2 * cell, motif), color) };
    }
    case 'plaid':
      return {
        draw: (box) =>
          filled(
            bands(box, 64, 16, 8) + columns(box, 64, 16, 8) + bands(box, 64, 3, 44) + columns(box, 64, 3, 44),
            color,
          ),
      };
    case 'floral':
      return {
        draw: (box) => {
          let petals = '';
          let eyes = '';
          tiles(box, 56, (x, y) => {
            const big = flower(x + 14, y + 14, 6);
            const small = flower(x + 42, y + 40, 4.6);
            petals += big.petals + small.petals + disc(x + 44, y + 12, 2.4) + disc(x + 12, y + 44, 2.4);
            eyes += big.eye + small.eye;
            return '';
          });
          return filled(petals, color) + filled(eyes, fabric);
        },
      };
    case 'leopard':
      return {
        draw: (box) => {
          let rings = '';
          const spots = tiles(box, 60, (x, y) => {
            // Vary each tile a little (from its position, so it is deterministic) to break the grid.
            const turn = ((Math.imul(x + 7919, 31) ^ Math.imul(y + 104729, 17)) & 255) / 40;
            rings += rosette(x + 14, y + 14, 8, 0.3 + turn) + rosette(x + 44, y + 22, 6.5, 2.1 - turn);
            rings += rosette(x + 26, y + 46, 8.5, 4.2 + turn / 2);
            return disc(x + 52, y + 50, 2.6) + disc(x + 4, y + 34, 2.2) + disc(x + 40, y + 4, 1.8);
          });
          const ringPath = element('path', {
            d: rings,
            fill: 'none',
            stroke: color,
            'stroke-width': 4.2,
            'stroke-linecap': 'round',
          });
          return ringPath + filled(spots, color);
        },
      };
    case 'colorblock': {
      const top = body.y + body.height * 0.56;
      return {
        draw: (box) =>
          box.y + box.height > top
            ? filled(rect(box.x - 2, top, box.width + 4, box.y + box.height - top + 2), color)
            : '',
      };
    }
  }
}
