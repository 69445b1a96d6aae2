import type { Collar } from '../../vocabulary.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { mirrorX, polygon } from '../shapes.ts';

/**
 * Collars, drawn in the fabric over the body. Each returns how far below the neck points it reaches
 * at the centre front, so a placket of buttons starts under it rather than behind it.
 * Notched lapels belong to outerwear (they shape the front opening) and live in outerwear.ts.
 */

export interface CollarPlacement {
  centerX: number;
  neckY: number;
  /** Half the width of the neck opening the collar sits on. */
  half: number;
  /** How far the back neckline dips at the centre (see backNeckDip). */
  backDip: number;
}

/** A thin band of the collar seen across the back of the neck, above the neck opening. */
function backBand(
  drawing: ItemDrawing,
  { centerX: cx, neckY, half, backDip }: CollarPlacement,
  height: number,
): void {
  const band = new PathBuilder()
    .moveTo(cx - half - 3, neckY + 2)
    .quadTo(cx - half - 2, neckY - height, cx, neckY - height - 4)
    .quadTo(cx + half + 2, neckY - height, cx + half + 3, neckY + 2)
    // The lower edge overlaps the back neckline a little, so no background shows between them.
    .quadTo(cx, neckY + 2 * backDip + 2, cx - half - 3, neckY + 2)
    .close();
  drawing.fabric(band);
}

/** A shirt collar: a band at the back and two pointed leaves meeting at the top button. */
function pointCollar(drawing: ItemDrawing, placement: CollarPlacement): number {
  const { centerX: cx, neckY, half } = placement;
  backBand(drawing, placement, 16);
  const meet = neckY + 30;
  const left = [
    { x: cx - half - 6, y: neckY - 2 },
    { x: cx - half - 14, y: neckY + 22 },
    { x: cx - 26, y: neckY + 60 },
    { x: cx - 1, y: meet },
    { x: cx - half + 10, y: neckY - 8 },
  ];
  for (const points of [left, left.map((point) => mirrorX(point, cx))]) {
    const leaf = polygon(points);
    drawing.fabric(leaf);
    drawing.stitch(
      new PathBuilder()
        .moveTo(points[1]!.x + 4, points[1]!.y)
        .lineTo(points[2]!.x + (points[2]!.x < cx ? 4 : -4), points[2]!.y - 6),
    );
  }
  return meet + 6;
}

/** A stand-up band collar open at the centre front. */
function mandarinCollar(drawing: ItemDrawing, placement: CollarPlacement): number {
  const { centerX: cx, neckY, half } = placement;
  backBand(drawing, placement, 18);
  const front = new PathBuilder()
    .moveTo(cx - half - 3, neckY - 12)
    .lineTo(cx - half - 3, neckY + 4)
    .quadTo(cx, neckY + 56, cx + half + 3, neckY + 4)
    .lineTo(cx + half + 3, neckY - 12)
    .quadTo(cx, neckY + 36, cx - half - 3, neckY - 12)
    .close();
  drawing.fabric(front);
  drawing.seam(new PathBuilder().moveTo(cx, neckY + 13).lineTo(cx, neckY + 30));
  drawing.stitch(new PathBuilder().moveTo(cx - half, neckY - 6).quadTo(cx, neckY + 40, cx + half, neckY - 6));
  return neckY + 34;
}

/** Two rounded flat lobes lying on the body along the upper neckline, meeting near the front. */
function peterPanCollar(drawing: ItemDrawing, placement: CollarPlacement, depth: number): number {
  const { centerX: cx, neckY, half } = placement;
  backBand(drawing, placement, 8);
  const reach = Math.min(depth, 34);
  for (const side of [-1, 1]) {
    const x = (offset: number) => cx + side * offset;
    const lobe = new PathBuilder()
      .moveTo(x(half - 4), neckY - 3)
      .quadTo(x(half - 2), neckY + reach, x(5), neckY + reach + 1)
      .cubicTo(x(5), neckY + reach + 24, x(half + 20), neckY + reach + 14, x(half + 16), neckY + 2)
      .quadTo(x(half + 12), neckY - 5, x(half - 4), neckY - 3)
      .close();
    drawing.fabric(lobe);
    drawing.stitch(
      new PathBuilder()
        .moveTo(x(9), neckY + reach + 8)
        .cubicTo(x(9), neckY + reach + 18, x(half + 12), neckY + reach + 8, x(half + 10), neckY + 4),
    );
  }
  return neckY + Math.max(depth, reach + 16) + 6;
}

/**
 * Draws the collar and returns the y where the centre front is free (the top of a button placket).
 * `depth` is the depth of the neckline underneath.
 */
export function drawCollar(
  drawing: ItemDrawing,
  collar: Collar,
  placement: CollarPlacement,
  depth: number,
): number {
  switch (collar) {
    case 'point':
      return pointCollar(drawing, placement);
    case 'mandarin':
      return mandarinCollar(drawing, placement);
    case 'peter-pan':
      return peterPanCollar(drawing, placement, depth);
    case 'none':
    case 'notched':
      return placement.neckY + depth + 6;
  }
}
