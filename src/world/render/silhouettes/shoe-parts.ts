import type { Box } from '../../geometry.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { OffsetPath } from '../path-builder.ts';

/**
 * Shared by the four shoe profiles. A profile is drawn in its own coordinates, side view with the toe
 * to the left: x from 0 (toe) to about 300 (heel), y = 0 on the ground and negative upwards.
 */
export interface ShoeProfile {
  /** The upper's bounding box in shoe coordinates: the body box for logo thirds and colour-blocking. */
  upper: Box;
  draw(drawing: ItemDrawing, pen: ShoePen): void;
}

/** Starts paths at the shoe's origin in the frame. */
export type ShoePen = () => OffsetPath;

export function shoePen(originX: number, originY: number): ShoePen {
  return () => new OffsetPath(originX, originY);
}

/**
 * A sole with a block heel of height `heel`: flat under the forefoot, rising along the arch to the
 * heel, so a higher heel visibly lifts the back of the shoe.
 */
export function drawBlockSole(drawing: ItemDrawing, pen: ShoePen, heel: number): void {
  const sole = pen()
    .moveTo(-2, -6)
    .quadTo(-2, -13, 8, -13)
    .lineTo(190, -13)
    .lineTo(232, -heel - 13)
    .lineTo(298, -heel - 13)
    .lineTo(295, 0)
    .lineTo(242, 0)
    .lineTo(238, -Math.max(4, heel - 4))
    .quadTo(212, -heel * 0.55, 186, 0)
    .lineTo(8, 0)
    .quadTo(-2, 0, -2, -6)
    .close();
  drawing.trim(sole, 'sole');
}

/** Short lace strokes across a line from `from` to `to` (the eyestay). */
export function drawLaces(
  drawing: ItemDrawing,
  pen: ShoePen,
  from: { x: number; y: number },
  to: { x: number; y: number },
  count: number,
): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const across = { x: -dy / length, y: dx / length };
  for (let index = 0; index < count; index++) {
    const t = (index + 0.5) / count;
    const x = from.x + dx * t;
    const y = from.y + dy * t;
    drawing.seam(
      pen()
        .moveTo(x - across.x * 9, y - across.y * 9)
        .lineTo(x + across.x * 6, y + across.y * 6),
      'sole',
      3.4,
    );
  }
}
