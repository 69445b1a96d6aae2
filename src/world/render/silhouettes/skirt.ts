import type { Fit, Length } from '../../vocabulary.ts';
import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';
import { drawButtonColumn, drawPockets } from './garment-details.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * Skirts: a waistband and a panel that flares by fit (pencil, A-line, full) down to a hem set by
 * length. Full skirts get fold lines so the flare reads as fabric, not as a triangle.
 */

const FRAME = { width: 440, height: 560 };
const CENTER = 220;
const WAIST_Y = 24;
const BAND_BOTTOM = 48;
const WAIST_HALF = 100;

export const SKIRT_HEM_Y: Readonly<Partial<Record<Length, number>>> = {
  mini: 200,
  knee: 306,
  midi: 410,
  maxi: 528,
};

function hemHalf(fit: Fit, hemY: number): number {
  const drop = hemY - BAND_BOTTOM;
  if (fit === 'slim') return 108 + drop * 0.02;
  if (fit === 'wide') return Math.min(212, 104 + drop * 0.5);
  return 104 + drop * 0.18;
}

export const skirtRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    const { parts } = drawing.item;
    const fit = parts.fit ?? 'regular';
    const hemY = SKIRT_HEM_Y[parts.length ?? 'knee'] ?? 306;
    const hem = hemHalf(fit, hemY);
    const cx = CENTER;
    const curve = fit === 'wide' ? 12 : 6;
    drawing.setBody(boxFromCorners(cx - WAIST_HALF - 4, BAND_BOTTOM + 4, cx + WAIST_HALF + 4, hemY - 10));

    // The waistband falls straight; below it a pencil skirt eases out over the hips and then drops,
    // while flared skirts widen in a straight line to the hem.
    const hipY = Math.min(BAND_BOTTOM + 70, hemY - 30);
    const hipHalf = 110;
    const body = new PathBuilder()
      .moveTo(cx - WAIST_HALF, WAIST_Y)
      .lineTo(cx + WAIST_HALF, WAIST_Y)
      .lineTo(cx + WAIST_HALF + 2, BAND_BOTTOM);
    if (fit === 'slim') {
      body.quadTo(cx + hipHalf, BAND_BOTTOM + (hipY - BAND_BOTTOM) * 0.3, cx + hipHalf, hipY);
    }
    body.lineTo(cx + hem, hemY).quadTo(cx, hemY + 2 * curve, cx - hem, hemY);
    if (fit === 'slim') {
      body
        .lineTo(cx - hipHalf, hipY)
        .quadTo(cx - hipHalf, BAND_BOTTOM + (hipY - BAND_BOTTOM) * 0.3, cx - WAIST_HALF - 2, BAND_BOTTOM);
    } else {
      body.lineTo(cx - WAIST_HALF - 2, BAND_BOTTOM);
    }
    body.close();
    drawing.fabric(body);
    drawing.seam(
      new PathBuilder().moveTo(cx - WAIST_HALF + 1, BAND_BOTTOM).lineTo(cx + WAIST_HALF - 1, BAND_BOTTOM),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx - WAIST_HALF + 4, BAND_BOTTOM - 5)
        .lineTo(cx + WAIST_HALF - 4, BAND_BOTTOM - 5),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx - hem + 5, hemY - 8)
        .quadTo(cx, hemY - 8 + 2 * curve, cx + hem - 5, hemY - 8),
    );
    const folds = fit === 'wide' ? 3 : fit === 'regular' ? 1 : 0;
    for (let index = 1; index <= folds; index++) {
      for (const side of [-1, 1]) {
        const top = cx + side * ((WAIST_HALF * index) / (folds + 1.5));
        const bottom = cx + side * ((hem * index) / (folds + 1.5));
        drawing.seam(
          new PathBuilder().moveTo(top, BAND_BOTTOM + 26).lineTo(bottom, hemY - 2),
          'outline',
          0.8,
        );
      }
    }
    const buttoned = parts.closure === 'buttons';
    if (buttoned)
      drawButtonColumn(drawing, {
        x: cx,
        top: BAND_BOTTOM + 2,
        bottom: hemY - 10,
        radius: 5.5,
        placket: true,
      });
    const pocket = (left: number, top: number) => ({ x: left, y: top, width: 50, height: 48 });
    const candidates = [
      pocket(cx - 84, BAND_BOTTOM + 16),
      pocket(cx + 34, BAND_BOTTOM + 16),
      pocket(cx - 84, BAND_BOTTOM + 78),
      pocket(cx + 34, BAND_BOTTOM + 78),
    ].filter((box) => box.y + box.height < hemY - 16);
    drawPockets(drawing, candidates, buttoned ? [boxFromCorners(cx - 12, BAND_BOTTOM, cx + 12, hemY)] : []);
  },
};
