import type { Box } from '../../geometry.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { plannedLogo } from '../logo.ts';
import { PathBuilder } from '../path-builder.ts';
import { chooseSlots, spreadAlong } from '../placement.ts';
import { polyline, roundedRect } from '../shapes.ts';

/**
 * Details several silhouettes share: a buttoned placket down the centre front and patch pockets.
 * Both keep clear of the logo (see placement.ts for why the logo wins).
 */

/** Buttons are at least this far apart edge to edge, so each reads (and counts) as its own button. */
const BUTTON_GAP = 9;

export interface ButtonColumn {
  x: number;
  top: number;
  bottom: number;
  radius: number;
  /** Draw placket edges (a shirt) rather than just a centre seam (a coat's front edge). */
  placket: boolean;
}

export function drawButtonColumn(drawing: ItemDrawing, column: ButtonColumn): void {
  const { x, top, bottom, radius } = column;
  const half = radius + 4;
  if (column.placket) {
    drawing.seam(new PathBuilder().moveTo(x - half, top).lineTo(x - half, bottom));
    drawing.seam(new PathBuilder().moveTo(x + half, top).lineTo(x + half, bottom));
    drawing.stitch(new PathBuilder().moveTo(x + half - 3, top + 4).lineTo(x + half - 3, bottom - 2));
  }
  const count = drawing.item.parts.closure === 'buttons' ? (drawing.item.parts.buttons ?? 0) : 0;
  const logo = plannedLogo(drawing);
  const avoid: [number, number][] = [];
  if (logo && logo.x < x + radius + 6 && logo.x + logo.width > x - radius - 6) {
    avoid.push([logo.y - radius - 6, logo.y + logo.height + radius + 6]);
  }
  const ys = spreadAlong(top + 4, bottom - 4, count, 2 * radius + BUTTON_GAP, avoid);
  for (const y of ys) drawing.button(x, y, radius);
}

/** A patch pocket with rounded lower corners; stitching runs down, across and up, open at the top. */
export function patchPocket(drawing: ItemDrawing, box: Box): void {
  const { x, y, width: w, height: h } = box;
  const stitch = polyline([
    { x: x + 4, y: y + 9 },
    { x: x + 4, y: y + h - 4 },
    { x: x + w - 4, y: y + h - 4 },
    { x: x + w - 4, y: y + 9 },
  ]);
  drawing.pocket(roundedRect(box, Math.min(7, w / 5)), stitch);
}

/**
 * Draws `parts.pockets` patch pockets in the first candidate slots that miss the logo and the
 * `avoid` boxes (a placket, a zip).
 */
export function drawPockets(
  drawing: ItemDrawing,
  candidates: readonly Box[],
  avoid: readonly Box[] = [],
): void {
  const count = drawing.item.parts.pockets ?? 0;
  if (count === 0) return;
  const logo = plannedLogo(drawing);
  const slots = chooseSlots(candidates, count, logo ? [logo, ...avoid] : avoid);
  for (const slot of slots) patchPocket(drawing, slot);
}
