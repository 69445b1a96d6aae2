import type { Box } from '../geometry.ts';
import type { Pattern } from '../item.ts';
import type { FabricLayer } from './fabric-layer.ts';
import { type PatternTile, wrapOffsets } from './pattern-tile.ts';
import { element, formatNumber as n } from './svg-markup.ts';

/**
 * Fabric patterns in the pattern colour over a fabric piece. Periodic patterns are one tile, painted
 * over every piece of the item from the same origin, so stripes and checks line up across seams (see
 * pattern-tile.ts for why tiles are cheap). Two colours only, no blending: a pixel inside a stripe or
 * a dot is exactly a palette colour.
 */

/** Stripe and motif sizes in local units; "large" is about 2.5× "small" so the two read as different. */
const STRIPE_PERIOD = { small: 16, large: 40 } as const;
const DOT_LAYOUT = { small: { period: 18, radius: 3.2 }, large: { period: 40, radius: 7.5 } } as const;
const CHECK_CELL = { small: 14, large: 34 } as const;
const PLAID_PERIOD = 64;
const PINSTRIPE = { period: 18, width: 1.8 } as const;
const FLORAL_PERIOD = 56;
/** Leopard spots repeat every 3 × 3 cells of 60 units, each cell turned a little, so no grid shows. */
const LEOPARD_CELL = 60;
const LEOPARD_CELLS = 3;
const LEOPARD_STROKE = 4.2;

function rect(x: number, y: number, width: number, height: number): string {
  return `M${n(x)} ${n(y)}h${n(width)}v${n(height)}h${n(-width)}z`;
}

function disc(x: number, y: number, radius: number): string {
  return `M${n(x - radius)} ${n(y)}a${n(radius)} ${n(radius)} 0 1 0 ${n(2 * radius)} 0a${n(radius)} ${n(radius)} 0 1 0 ${n(-2 * radius)} 0z`;
}

function filled(d: string, fill: string): string {
  return d === '' ? '' : element('path', { d, fill });
}

function tile(width: number, height: number, content: string): FabricLayer {
  const repeat: PatternTile = { width, height, content };
  return { kind: 'tile', tile: repeat };
}

/** Draws `motif(x, y)` at (x, y) and again wherever it crosses into the tile from a neighbour. */
function wrapped(
  size: { width: number; height: number },
  x: number,
  y: number,
  reach: number,
  motif: (x: number, y: number) => string,
): string {
  let d = '';
  for (const [offsetX, offsetY] of wrapOffsets(size, x, y, reach)) d += motif(x + offsetX, y + offsetY);
  return d;
}

/**
 * Diagonal stripes running down to the right, `period` apart across the stripes: bands where y − x
 * lies in [k·D, k·D + D/2] with D = period·√2, which repeat in a D × D tile.
 */
function diagonal(period: number, color: string): FabricLayer {
  const side = period * Math.SQRT2;
  let d = '';
  for (const k of [-1, 0]) {
    const c = k * side;
    d += `M${n(-side)} ${n(-side + c)}L${n(2 * side)} ${n(2 * side + c)}L${n(2 * side)} ${n(2 * side + c + side / 2)}L${n(-side)} ${n(-side + c + side / 2)}z`;
  }
  return tile(side, side, filled(d, color));
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

function floral(fabric: string, color: string): FabricLayer {
  const size = { width: FLORAL_PERIOD, height: FLORAL_PERIOD };
  let petals = '';
  let eyes = '';
  for (const [x, y, flowerSize] of [
    [14, 14, 6],
    [42, 40, 4.6],
  ] as const) {
    // The petals' control points reach past 2.7 × size; 3 × size bounds the drawn lobes.
    petals += wrapped(size, x, y, 3 * flowerSize, (px, py) => flower(px, py, flowerSize).petals);
    eyes += wrapped(size, x, y, flowerSize / 2, (px, py) => flower(px, py, flowerSize).eye);
  }
  for (const [x, y] of [
    [44, 12],
    [12, 44],
  ] as const) {
    petals += wrapped(size, x, y, 2.4, (px, py) => disc(px, py, 2.4));
  }
  return tile(FLORAL_PERIOD, FLORAL_PERIOD, filled(petals, color) + filled(eyes, fabric));
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

function leopard(color: string): FabricLayer {
  const side = LEOPARD_CELL * LEOPARD_CELLS;
  const size = { width: side, height: side };
  const reach = (radius: number) => radius + LEOPARD_STROKE;
  let rings = '';
  let spots = '';
  for (let row = 0; row < LEOPARD_CELLS; row++) {
    for (let column = 0; column < LEOPARD_CELLS; column++) {
      const x = column * LEOPARD_CELL;
      const y = row * LEOPARD_CELL;
      // Turn each cell a little (from its position, so it is deterministic) to break the grid.
      const turn = ((Math.imul(x + 7919, 31) ^ Math.imul(y + 104729, 17)) & 255) / 40;
      for (const [cx, cy, radius, rotation] of [
        [x + 14, y + 14, 8, 0.3 + turn],
        [x + 44, y + 22, 6.5, 2.1 - turn],
        [x + 26, y + 46, 8.5, 4.2 + turn / 2],
      ] as const) {
        rings += wrapped(size, cx, cy, reach(radius), (px, py) => rosette(px, py, radius, rotation));
      }
      for (const [cx, cy, radius] of [
        [x + 52, y + 50, 2.6],
        [x + 4, y + 34, 2.2],
        [x + 40, y + 4, 1.8],
      ] as const) {
        spots += wrapped(size, cx, cy, radius, (px, py) => disc(px, py, radius));
      }
    }
  }
  const ringPath = element('path', {
    d: rings,
    fill: 'none',
    stroke: color,
    'stroke-width': LEOPARD_STROKE,
    'stroke-linecap': 'round',
  });
  return tile(side, side, ringPath + filled(spots, color));
}

/**
 * The pattern layer for an item, or null when solid. `body` is the garment's main panel:
 * colour-blocking puts the second colour on its lower part (and everything below).
 */
export function fabricPattern(
  pattern: Pattern,
  fabric: string,
  color: string | null,
  body: Box,
): FabricLayer | null {
  if (pattern.kind === 'solid' || color === null) return null;
  switch (pattern.kind) {
    case 'stripes': {
      const period = STRIPE_PERIOD[pattern.scale];
      if (pattern.direction === 'diagonal') return diagonal(period, color);
      if (pattern.direction === 'vertical')
        return tile(period, period, filled(rect(0, 0, period / 2, period), color));
      return tile(period, period, filled(rect(0, 0, period, period / 2), color));
    }
    case 'pinstripe':
      return tile(
        PINSTRIPE.period,
        PINSTRIPE.period,
        filled(rect(0, 0, PINSTRIPE.width, PINSTRIPE.period), color),
      );
    case 'dots': {
      const { period, radius } = DOT_LAYOUT[pattern.scale];
      return tile(
        period,
        period,
        filled(
          disc(period / 4, period / 4, radius) + disc((3 * period) / 4, (3 * period) / 4, radius),
          color,
        ),
      );
    }
    case 'checks': {
      const cell = CHECK_CELL[pattern.scale];
      return tile(2 * cell, 2 * cell, filled(rect(0, 0, cell, cell) + rect(cell, cell, cell, cell), color));
    }
    case 'plaid': {
      const p = PLAID_PERIOD;
      return tile(
        p,
        p,
        filled(rect(0, 8, p, 16) + rect(8, 0, 16, p) + rect(0, 44, p, 3) + rect(44, 0, 3, p), color),
      );
    }
    case 'floral':
      return floral(fabric, color);
    case 'leopard':
      return leopard(color);
    case 'colorblock': {
      const top = body.y + body.height * 0.56;
      return {
        kind: 'cover',
        draw: (box) =>
          box.y + box.height > top
            ? filled(rect(box.x - 2, top, box.width + 4, box.y + box.height - top + 2), color)
            : '',
      };
    }
  }
}
