import type { Item } from '../../item.ts';
import type { Fit, Length } from '../../vocabulary.ts';
import { boxFromCorners, type Point } from '../box-math.ts';
import type { Frame, ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { chooseSlots } from '../placement.ts';
import { polygon, roundedRect } from '../shapes.ts';
import { patchPocket } from './garment-details.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * Trousers, jeans and shorts, front view: waistband with belt loops, fly, two legs. Length sets the
 * hem (full, cropped above the ankle, short above the knee), fit sets the leg width at the hem, and
 * cuffs are turn-ups. Pockets are scooped front pockets at the hips, then patch pockets on the thighs.
 */

const LONG_FRAME: Frame = { width: 440, height: 620 };
const SHORTS_FRAME: Frame = { width: 440, height: 340 };
const CENTER = 220;
const WAIST_Y = 24;
const BAND_BOTTOM = 50;
const WAIST_HALF = 112;
const HIP_Y = 140;
const CROTCH_Y = 192;

export const LEG_HEM_Y: Readonly<Partial<Record<Length, number>>> = { full: 600, cropped: 486, short: 306 };

/** Distance of the leg's centre from the garment's centre at the hem, and the leg's half-width there. */
const LEG: Readonly<Record<Fit, { offset: number; half: number; hip: number }>> = {
  slim: { offset: 64, half: 33, hip: 120 },
  regular: { offset: 72, half: 44, hip: 125 },
  relaxed: { offset: 80, half: 56, hip: 128 },
  wide: { offset: 94, half: 70, hip: 132 },
};

/** x of the left side seam at height y, between the waist and the hip. */
function leftSideX(y: number, hipHalf: number): number {
  const t = Math.min(1, Math.max(0, (y - WAIST_Y) / (HIP_Y - WAIST_Y)));
  return CENTER - (WAIST_HALF + (hipHalf - WAIST_HALF) * Math.sqrt(t));
}

/** A scooped front pocket on the viewer's left hip, mirrored for the right. */
function hipPocket(side: 1 | -1, hipHalf: number): PathBuilder {
  const top = BAND_BOTTOM + 2;
  const mirror = (point: Point): Point => (side === -1 ? point : { x: 2 * CENTER - point.x, y: point.y });
  const a = mirror({ x: leftSideX(top, hipHalf) + 3, y: top });
  const b = mirror({ x: CENTER - WAIST_HALF + 58, y: top });
  const control = mirror({ x: CENTER - WAIST_HALF + 52, y: top + 50 });
  const c = mirror({ x: leftSideX(top + 62, hipHalf) + 3, y: top + 62 });
  return new PathBuilder().moveTo(a.x, a.y).lineTo(b.x, b.y).quadTo(control.x, control.y, c.x, c.y).close();
}

export const legwearRenderer: SilhouetteRenderer = {
  frame: (item: Item) => (item.category === 'shorts' ? SHORTS_FRAME : LONG_FRAME),
  draw(drawing: ItemDrawing): void {
    const { item } = drawing;
    const { parts } = item;
    const leg = LEG[parts.fit ?? 'regular'];
    const hemY = LEG_HEM_Y[parts.length ?? 'full'] ?? 600;
    const cx = CENTER;
    drawing.setBody(boxFromCorners(cx - leg.hip, BAND_BOTTOM, cx + leg.hip, hemY));

    const outer = leg.offset + leg.half;
    const inner = leg.offset - leg.half;
    drawing.fabric(
      new PathBuilder()
        .moveTo(cx - WAIST_HALF, WAIST_Y)
        .lineTo(cx + WAIST_HALF, WAIST_Y)
        .quadTo(cx + leg.hip, WAIST_Y + 50, cx + leg.hip, HIP_Y)
        .lineTo(cx + outer, hemY)
        .lineTo(cx + inner, hemY)
        .lineTo(cx + 5, CROTCH_Y)
        .quadTo(cx, CROTCH_Y - 6, cx - 5, CROTCH_Y)
        .lineTo(cx - inner, hemY)
        .lineTo(cx - outer, hemY)
        .lineTo(cx - leg.hip, HIP_Y)
        .quadTo(cx - leg.hip, WAIST_Y + 50, cx - WAIST_HALF, WAIST_Y)
        .close(),
    );
    drawing.seam(
      new PathBuilder().moveTo(cx - WAIST_HALF + 1, BAND_BOTTOM).lineTo(cx + WAIST_HALF - 1, BAND_BOTTOM),
    );
    for (const x of [-84, -40, 40, 84])
      drawing.fabric(roundedRect({ x: cx + x - 4, y: WAIST_Y - 3, width: 8, height: 33 }, 2));
    // Fly and centre seam.
    drawing.seam(new PathBuilder().moveTo(cx, BAND_BOTTOM).lineTo(cx, CROTCH_Y - 4));
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx + 16, BAND_BOTTOM + 4)
        .lineTo(cx + 16, 128)
        .quadTo(cx + 16, 146, cx + 2, 150),
    );
    // Waistband and outer-seam topstitching, the signature of jeans when it is a contrast colour.
    drawing.stitch(
      new PathBuilder().moveTo(cx - WAIST_HALF + 4, WAIST_Y + 5).lineTo(cx + WAIST_HALF - 4, WAIST_Y + 5),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx - WAIST_HALF + 4, BAND_BOTTOM - 5)
        .lineTo(cx + WAIST_HALF - 4, BAND_BOTTOM - 5),
    );
    for (const side of [-1, 1]) {
      drawing.stitch(
        new PathBuilder().moveTo(cx + side * (leg.hip - 6), HIP_Y).lineTo(cx + side * (outer - 6), hemY - 14),
      );
    }
    if (item.category === 'trousers') {
      for (const side of [-1, 1]) {
        drawing.seam(
          new PathBuilder().moveTo(cx + side * 66, BAND_BOTTOM + 30).lineTo(cx + side * leg.offset, hemY - 4),
          'outline',
          0.8,
        );
      }
    }
    for (const side of [-1, 1]) {
      const a = cx + side * outer;
      const b = cx + side * inner;
      drawing.stitch(new PathBuilder().moveTo(a - side * 3, hemY - 8).lineTo(b + side * 3, hemY - 8));
      if (parts.cuffs) {
        drawing.trim(
          polygon([
            { x: a + side * 2, y: hemY - 26 },
            { x: b - side * 2, y: hemY - 26 },
            { x: b - side * 2, y: hemY + 1 },
            { x: a + side * 2, y: hemY + 1 },
          ]),
          'trim',
        );
      }
    }

    const count = parts.pockets ?? 0;
    const hips = [hipPocket(-1, leg.hip), hipPocket(1, leg.hip)].slice(0, count);
    for (const path of hips) drawing.pocket(path);
    const thighTop = CROTCH_Y + 36;
    const thigh = (side: 1 | -1) => {
      const centre = cx + side * (leg.offset * 0.9 + 8);
      return { x: centre - 27, y: thighTop, width: 54, height: 62 };
    };
    if (count > 2 && thighTop + 62 < hemY - 30) {
      for (const slot of chooseSlots([thigh(-1), thigh(1)], count - 2, [])) patchPocket(drawing, slot);
    }
  },
};
