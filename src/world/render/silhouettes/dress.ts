import type { Fit, Length, Sleeve } from '../../vocabulary.ts';
import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { drawButtonColumn } from './garment-details.ts';
import { drawNeckInside, type NecklineStyle, necklineShape } from './neckline.ts';
import type { SilhouetteRenderer } from './silhouette.ts';
import { type SleeveStyle, sleeveShape, type TorsoSpec, torsoPath } from './torso.ts';

/**
 * Dresses: a fitted bodice (neckline and sleeves as on tops) joined at the waist to a skirt whose
 * length sets the hem and whose fit sets the flare: a slim sheath, an A-line, or a full skirt.
 */

const FRAME = { width: 440, height: 640 };
const CENTER = FRAME.width / 2;
const WAIST_Y = 232;

export const DRESS_HEM_Y: Readonly<Partial<Record<Length, number>>> = {
  mini: 350,
  knee: 440,
  midi: 525,
  maxi: 612,
};

const SLEEVES: Readonly<Record<Exclude<Sleeve, 'sleeveless'>, SleeveStyle>> = {
  short: { angle: 52, length: 66, endHalf: 30 },
  'three-quarter': { angle: 28, length: 158, endHalf: 23 },
  long: { angle: 18, length: 226, endHalf: 20 },
};

function hemHalf(fit: Fit, hemY: number): number {
  const drop = hemY - WAIST_Y;
  if (fit === 'slim') return 82 + drop * 0.04;
  if (fit === 'wide') return Math.min(205, 66 + drop * 0.72);
  return 66 + drop * 0.36;
}

function dressSpec(fit: Fit, length: Length, sleeveless: boolean): TorsoSpec {
  const hemY = DRESS_HEM_Y[length] ?? 440;
  return {
    centerX: CENTER,
    neckY: 44,
    shoulderY: 60,
    shoulderHalf: 94,
    underarmY: 136,
    chestHalf: 80,
    waist: { y: WAIST_Y, half: 66 },
    hemY,
    hemHalf: hemHalf(fit, hemY),
    hemCurve: fit === 'wide' ? 10 : 5,
    sleeveless,
  };
}

export const dressRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    const { parts } = drawing.item;
    const sleeve = parts.sleeve ?? 'sleeveless';
    const fit = parts.fit ?? 'regular';
    const spec = dressSpec(fit, parts.length ?? 'knee', sleeve === 'sleeveless');
    const style: NecklineStyle = parts.neckline ?? 'crew';
    const neck = necklineShape(style, 0.9);
    const cx = spec.centerX;
    const opening = spec.neckY + neck.depth + 6;
    drawing.setBody(
      boxFromCorners(cx - spec.chestHalf + 8, opening + 8, cx + spec.chestHalf - 8, spec.hemY - 10),
    );

    drawNeckInside(drawing, cx, spec.neckY, neck);
    const sleeves =
      sleeve === 'sleeveless'
        ? []
        : ([-1, 1] as const).map((side) => sleeveShape(spec, neck, side, SLEEVES[sleeve]));
    for (const shape of sleeves) drawing.fabric(shape.path);
    drawing.fabric(torsoPath(spec, neck));

    // Waist seam, and soft folds that fan out more the fuller the skirt.
    drawing.seam(new PathBuilder().moveTo(cx - 66, WAIST_Y).lineTo(cx + 66, WAIST_Y));
    drawing.stitch(new PathBuilder().moveTo(cx - 62, WAIST_Y + 5).lineTo(cx + 62, WAIST_Y + 5));
    const folds = fit === 'slim' ? 0 : fit === 'wide' ? 4 : 2;
    for (let index = 1; index <= folds; index++) {
      for (const side of [-1, 1]) {
        const top = cx + side * ((66 * index) / (folds + 1));
        const bottom = cx + side * ((spec.hemHalf * index) / (folds + 1));
        drawing.seam(
          new PathBuilder().moveTo(top, WAIST_Y + 30).lineTo(bottom, spec.hemY - 4),
          'outline',
          0.8,
        );
      }
    }
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx - spec.hemHalf + 4, spec.hemY - 7)
        .quadTo(cx, spec.hemY - 7 + 2 * spec.hemCurve, cx + spec.hemHalf - 4, spec.hemY - 7),
    );
    if (parts.closure === 'buttons') {
      const count = parts.buttons ?? 0;
      // A few buttons close the bodice; more run on down the skirt.
      const bottom = count <= 4 ? WAIST_Y - 6 : WAIST_Y + (spec.hemY - WAIST_Y) * 0.5;
      drawButtonColumn(drawing, { x: cx, top: opening, bottom, radius: 5, placket: true });
    }
  },
};
