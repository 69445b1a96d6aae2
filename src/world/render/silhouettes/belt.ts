import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { circle, roundedRect } from '../shapes.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/** A belt laid straight: buckle frame and prong in the hardware colour, a keeper, holes and a tip. */

const FRAME = { width: 520, height: 170 };
const TOP = 66;
const BOTTOM = 104;
const MIDDLE = (TOP + BOTTOM) / 2;

export const beltRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    drawing.setBody(boxFromCorners(60, TOP, 470, BOTTOM));
    drawing.fabric(
      new PathBuilder()
        .moveTo(40, TOP)
        .lineTo(476, TOP)
        .lineTo(504, MIDDLE)
        .lineTo(476, BOTTOM)
        .lineTo(40, BOTTOM)
        .close(),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(96, TOP + 5)
        .lineTo(474, TOP + 5)
        .lineTo(494, MIDDLE),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(96, BOTTOM - 5)
        .lineTo(474, BOTTOM - 5)
        .lineTo(494, MIDDLE),
    );
    for (let x = 392; x <= 452; x += 15) drawing.trim(circle(x, MIDDLE, 3.4), 'shade');
    drawing.fabric(roundedRect({ x: 118, y: TOP - 6, width: 14, height: BOTTOM - TOP + 12 }, 3));
    // The buckle: a frame with an open centre (two sub-paths, filled even-odd) and a prong over the strap.
    const frame = roundedRect({ x: 22, y: TOP - 16, width: 60, height: BOTTOM - TOP + 32 }, 12);
    const hole = roundedRect({ x: 31, y: TOP - 7, width: 42, height: BOTTOM - TOP + 14 }, 6);
    drawing.hardware(frame, hole);
    drawing.hardwareLine(new PathBuilder().moveTo(28, MIDDLE).lineTo(78, MIDDLE), 5);
  },
};
