import type { Fit, Sleeve } from '../../vocabulary.ts';
import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { drawLogo } from '../logo.ts';
import { PathBuilder } from '../path-builder.ts';
import { drawCollar } from './collar.ts';
import { drawButtonColumn, drawPockets } from './garment-details.ts';
import {
  backNeckDip,
  drawNeckInside,
  drawTurtleneck,
  type NecklineStyle,
  necklineShape,
} from './neckline.ts';
import type { SilhouetteRenderer } from './silhouette.ts';
import { type SleeveStyle, sleeveShape, type TorsoSpec, torsoPath } from './torso.ts';

/**
 * Tops, shirts, blouses and knitwear: a flat-laid front view. Fit sets the width, the sleeve style
 * its length and angle, and the neckline or collar the opening; shirts get a buttoned placket and
 * knitwear a ribbed hem.
 */

const FIT_WIDTH: Readonly<Record<Fit, number>> = { slim: 0.88, regular: 1, relaxed: 1.13, wide: 1.13 };

export const SLEEVE_STYLES: Readonly<Record<Exclude<Sleeve, 'sleeveless'>, SleeveStyle>> = {
  short: { angle: 52, length: 80, endHalf: 36 },
  'three-quarter': { angle: 30, length: 185, endHalf: 28 },
  long: { angle: 19, length: 262, endHalf: 24 },
};

const FRAME = { width: 500, height: 460 };
const CENTER = FRAME.width / 2;

function torsoSpec(fit: Fit, sleeveless: boolean, shirt: boolean): TorsoSpec {
  const width = FIT_WIDTH[fit];
  const chestHalf = 100 * width;
  return {
    centerX: CENTER,
    neckY: 62,
    shoulderY: 80,
    shoulderHalf: 112 * width,
    underarmY: 168,
    chestHalf,
    hemY: 416,
    hemHalf: chestHalf * (fit === 'relaxed' ? 1.05 : 1),
    hemCurve: shirt ? 9 : 3,
    sleeveless,
  };
}

export const upperRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    const { item } = drawing;
    const { parts } = item;
    const sleeve = parts.sleeve ?? 'long';
    const collar = parts.collar ?? 'none';
    const knit = item.category === 'knitwear';
    const spec = torsoSpec(parts.fit ?? 'regular', sleeve === 'sleeveless', item.category === 'shirt');
    const style: NecklineStyle =
      parts.neckline ?? (collar === 'point' || collar === 'mandarin' ? 'collared' : 'crew');
    const neck = necklineShape(style, 1);
    const cx = spec.centerX;
    const opening =
      collar === 'point' || collar === 'mandarin' ? spec.neckY + 40 : spec.neckY + neck.depth + 10;
    drawing.setBody(
      boxFromCorners(cx - spec.chestHalf + 10, opening + 8, cx + spec.chestHalf - 10, spec.hemY - 10),
    );

    drawNeckInside(drawing, cx, spec.neckY, neck);
    const sleeves =
      sleeve === 'sleeveless'
        ? []
        : ([-1, 1] as const).map((side) => sleeveShape(spec, neck, side, SLEEVE_STYLES[sleeve]));
    for (const shape of sleeves) drawing.fabric(shape.path);
    drawing.fabric(torsoPath(spec, neck));
    if (style === 'turtleneck') drawTurtleneck(drawing, cx, spec.neckY, neck.half);
    const placketTop = drawCollar(
      drawing,
      collar,
      { centerX: cx, neckY: spec.neckY, half: neck.half, backDip: backNeckDip(neck) },
      neck.depth,
    );

    const hem = (inset: number) =>
      new PathBuilder()
        .moveTo(cx - spec.hemHalf + 3, spec.hemY - inset)
        .quadTo(cx, spec.hemY - inset + 2 * spec.hemCurve, cx + spec.hemHalf - 3, spec.hemY - inset);
    if (knit) {
      drawing.seam(hem(20));
      for (let x = cx - spec.hemHalf + 10; x < cx + spec.hemHalf - 6; x += 9) {
        drawing.seam(new PathBuilder().moveTo(x, spec.hemY - 17).lineTo(x, spec.hemY - 3), 'outline', 0.7);
      }
    } else {
      drawing.stitch(hem(7));
    }
    if (parts.cuffs) for (const shape of sleeves) drawing.trim(shape.cuff, 'trim');
    if (sleeve === 'sleeveless') {
      // Bound armholes: a stitched edge where a sleeve would be.
      for (const side of [-1, 1]) {
        drawing.stitch(
          new PathBuilder()
            .moveTo(cx + side * (neck.half + 26), spec.shoulderY)
            .quadTo(
              cx + side * (neck.half + 28),
              spec.underarmY,
              cx + side * (spec.chestHalf - 6),
              spec.underarmY + 6,
            ),
        );
      }
    }

    const buttoned = parts.closure === 'buttons';
    const placket = boxFromCorners(cx - 12, placketTop, cx + 12, spec.hemY);
    if (buttoned)
      drawButtonColumn(drawing, {
        x: cx,
        top: placketTop,
        bottom: spec.hemY - 6,
        radius: 5.5,
        placket: true,
      });
    const pocket = (left: number, top: number) => ({ x: left, y: top, width: 54, height: 60 });
    const right = (top: number) => pocket(cx + 28, top);
    const left = (top: number) => pocket(cx - 82, top);
    const chestTop = Math.max(spec.underarmY + 12, opening + 14);
    const candidates = knit
      ? [left(300), right(300), left(chestTop), right(chestTop), left(230), right(230)]
      : [right(chestTop), left(chestTop), right(300), left(300), right(236), left(236)];
    drawPockets(drawing, candidates, buttoned ? [placket] : []);
    drawLogo(drawing);
  },
};
