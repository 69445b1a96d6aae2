import type { Point } from '../box-math.ts';
import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { polygon } from '../shapes.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * A scarf hung over a rail: a loop at the top and two tails, the front one shorter. Fringe, when the
 * scarf has it, is a row of threads below each tail's end.
 */

const FRAME = { width: 360, height: 580 };

interface Tail {
  corners: [Point, Point, Point, Point];
}

const BACK: Tail = {
  corners: [
    { x: 92, y: 92 },
    { x: 184, y: 86 },
    { x: 196, y: 516 },
    { x: 104, y: 522 },
  ],
};
const FRONT: Tail = {
  corners: [
    { x: 168, y: 100 },
    { x: 262, y: 108 },
    { x: 248, y: 462 },
    { x: 154, y: 454 },
  ],
};

function drawTail(drawing: ItemDrawing, tail: Tail): void {
  const [a, b, c, d] = tail.corners;
  drawing.fabric(polygon(tail.corners));
  drawing.stitch(new PathBuilder().moveTo(a.x + 6, a.y + 12).lineTo(d.x + 6, d.y - 8));
  drawing.stitch(new PathBuilder().moveTo(b.x - 6, b.y + 12).lineTo(c.x - 6, c.y - 8));
  if (!drawing.item.parts.fringe) return;
  const threads = 12;
  for (let index = 0; index <= threads; index++) {
    const t = 0.04 + (0.92 * index) / threads;
    const x = d.x + (c.x - d.x) * t;
    const y = d.y + (c.y - d.y) * t + 1;
    const thread = new PathBuilder().moveTo(x, y).lineTo(x + (index % 2 === 0 ? -1.5 : 1.5), y + 28);
    // An outline-toned thread under a fabric one, so a pale fringe still shows on a pale background.
    drawing.seam(thread, 'outline', 3.8);
    drawing.seam(thread, 'trim', 2);
  }
}

export const scarfRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    drawing.setBody(boxFromCorners(96, 96, 258, 516));
    // The inside of the loop: the back of the scarf, in shade, rather than a hole.
    drawing.behind(new PathBuilder().moveTo(118, 116).cubicTo(116, 44, 246, 40, 238, 120).close(), 'shade');
    drawTail(drawing, BACK);
    drawing.fabric(
      new PathBuilder()
        .moveTo(90, 110)
        .cubicTo(78, 18, 280, 6, 262, 118)
        .lineTo(236, 116)
        .cubicTo(244, 46, 118, 50, 120, 112)
        .close(),
    );
    drawTail(drawing, FRONT);
  },
};
