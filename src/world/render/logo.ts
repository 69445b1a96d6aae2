import type { Box } from '../geometry.ts';
import type { Logo } from '../item.ts';
import { type ColorName, PALETTE } from '../palette.ts';
import type { LogoPosition, LogoShape, LogoSize } from '../vocabulary.ts';
import type { ItemDrawing } from './item-drawing.ts';
import { PathBuilder } from './path-builder.ts';
import { circle, polygon, roundedRect } from './shapes.ts';

/**
 * Logos: one of six shapes in the logo colour, centred in one of the nine cells of the garment's body
 * box (its thirds), at a side that is a fixed fraction of the body's shorter side. Centring in the cell
 * keeps the centroid well inside the right third whatever the shape, which is what a question like
 * "is the logo at the top left?" needs to have one answer.
 */

const SIZE_FRACTION: Readonly<Record<LogoSize, number>> = { small: 0.1, medium: 0.16, large: 0.24 };

/** Cell centres as fractions of the body box: the middle of each third. */
const THIRD_CENTRES = [1 / 6, 1 / 2, 5 / 6] as const;

export function logoCell(position: LogoPosition): { column: 0 | 1 | 2; row: 0 | 1 | 2 } {
  if (position === 'center') return { column: 1, row: 1 };
  const [vertical, horizontal] = position.split('-') as [string, string];
  const row = vertical === 'top' ? 0 : vertical === 'middle' ? 1 : 2;
  const column = horizontal === 'left' ? 0 : horizontal === 'center' ? 1 : 2;
  return { column, row };
}

/** The square the logo is drawn in, in the same units as `body`. */
export function logoSquare(body: Box, logo: Pick<Logo, 'position' | 'size'>): Box {
  const side = Math.min(body.width, body.height) * SIZE_FRACTION[logo.size];
  const { column, row } = logoCell(logo.position);
  const centerX = body.x + body.width * THIRD_CENTRES[column];
  const centerY = body.y + body.height * THIRD_CENTRES[row];
  return { x: centerX - side / 2, y: centerY - side / 2, width: side, height: side };
}

function star(box: Box): PathBuilder {
  const centerX = box.x + box.width / 2;
  const outer = box.width / 2;
  const inner = outer * 0.46;
  // The star's points span 1.81 radii vertically; shift it so that span is centred in the square.
  const centerY = box.y + box.height / 2 + outer * 0.095;
  const points = Array.from({ length: 10 }, (_, index) => {
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    const radius = index % 2 === 0 ? outer : inner;
    return { x: centerX + Math.cos(angle) * radius, y: centerY + Math.sin(angle) * radius };
  });
  return polygon(points);
}

function heart(box: Box): PathBuilder {
  const { x, y, width: w, height: h } = box;
  const cx = x + w / 2;
  return new PathBuilder()
    .moveTo(cx, y + h * 0.28)
    .cubicTo(cx - w * 0.08, y + h * 0.08, cx - w * 0.5, y + h * 0.02, cx - w * 0.5, y + h * 0.34)
    .cubicTo(cx - w * 0.5, y + h * 0.58, cx - w * 0.18, y + h * 0.76, cx, y + h * 0.96)
    .cubicTo(cx + w * 0.18, y + h * 0.76, cx + w * 0.5, y + h * 0.58, cx + w * 0.5, y + h * 0.34)
    .cubicTo(cx + w * 0.5, y + h * 0.02, cx + w * 0.08, y + h * 0.08, cx, y + h * 0.28)
    .close();
}

export function logoShapePath(shape: LogoShape, box: Box): PathBuilder {
  const { x, y, width: w, height: h } = box;
  const cx = x + w / 2;
  const cy = y + h / 2;
  switch (shape) {
    case 'circle':
      return circle(cx, cy, w / 2);
    case 'square':
      return roundedRect({ x: x + w * 0.06, y: y + h * 0.06, width: w * 0.88, height: h * 0.88 }, w * 0.08);
    case 'triangle': {
      const height = w * 0.87;
      const top = cy - height / 2;
      return polygon([
        { x: cx, y: top },
        { x: x + w, y: top + height },
        { x, y: top + height },
      ]);
    }
    case 'star':
      return star(box);
    case 'diamond':
      return polygon([
        { x: cx, y },
        { x: cx + w * 0.36, y: cy },
        { x: cx, y: y + h },
        { x: cx - w * 0.36, y: cy },
      ]);
    case 'heart':
      return heart(box);
  }
}

/** The logo's square for the item being drawn, or null when it has none (for obstacle avoidance). */
export function plannedLogo(drawing: ItemDrawing): Box | null {
  const logo = drawing.item.details.logo;
  return logo ? logoSquare(drawing.body, logo) : null;
}

export function drawLogo(drawing: ItemDrawing): void {
  const logo = drawing.item.details.logo;
  if (!logo) return;
  drawing.logoMark(
    logoShapePath(logo.shape, logoSquare(drawing.body, logo)),
    PALETTE[logo.color as ColorName].hex,
  );
}
