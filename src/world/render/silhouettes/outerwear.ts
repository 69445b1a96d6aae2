import type { Item } from '../../item.ts';
import type { Fit, Length } from '../../vocabulary.ts';
import { boxFromCorners } from '../box-math.ts';
import type { Frame, ItemDrawing } from '../item-drawing.ts';
import { drawLogo } from '../logo.ts';
import { PathBuilder } from '../path-builder.ts';
import { mirrorX, polygon, roundedRect } from '../shapes.ts';
import { drawCollar } from './collar.ts';
import { drawButtonColumn, drawPockets } from './garment-details.ts';
import { backNeckDip, drawNeckInside, type NecklineShape, necklineShape } from './neckline.ts';
import type { SilhouetteRenderer } from './silhouette.ts';
import { sleeveShape, type TorsoSpec, torsoPath } from './torso.ts';

/**
 * Jackets and coats: long sleeves, a front closed by buttons or a zip, and a collar that is absent, a
 * stand-up band, or notched lapels around a V opening. Coats are the same drawing, longer.
 */

const JACKET_FRAME: Frame = { width: 520, height: 480 };
const COAT_FRAME: Frame = { width: 520, height: 730 };
const CENTER = 260;
const FIT_WIDTH: Readonly<Record<Fit, number>> = { slim: 0.9, regular: 1, relaxed: 1.1, wide: 1.1 };
export const COAT_HEM_Y: Readonly<Partial<Record<Length, number>>> = { knee: 560, midi: 630, maxi: 700 };
const JACKET_HEM_Y = 446;

function outerSpec(item: Item): TorsoSpec {
  const width = FIT_WIDTH[item.parts.fit ?? 'regular'];
  const chestHalf = 112 * width;
  const hemY = item.category === 'coat' ? (COAT_HEM_Y[item.parts.length ?? 'knee'] ?? 560) : JACKET_HEM_Y;
  return {
    centerX: CENTER,
    neckY: 58,
    shoulderY: 78,
    shoulderHalf: 124 * width,
    underarmY: 172,
    chestHalf,
    hemY,
    hemHalf: chestHalf + (hemY - JACKET_HEM_Y) * 0.1,
    hemCurve: 2,
    sleeveless: false,
  };
}

/** A V opening reaching `depth` below the neck points, for notched lapels. */
function lapelOpening(depth: number): NecklineShape {
  const half = 40;
  return {
    half,
    depth,
    append: (path, cx, y) => {
      path.lineTo(cx, y + depth);
      path.lineTo(cx + half, y);
    },
  };
}

/** Notched lapels: the collar rolls over the shoulders and folds back along the V opening. */
function drawLapels(drawing: ItemDrawing, cx: number, neckY: number, neck: NecklineShape): void {
  const h = neck.half;
  const bottom = neckY + neck.depth;
  const left = [
    { x: cx - h + 8, y: neckY - 10 },
    { x: cx - h - 14, y: neckY + 2 },
    { x: cx - h - 24, y: neckY + 36 },
    { x: cx - h - 12, y: neckY + 44 },
    { x: cx - h - 42, y: neckY + 66 },
    { x: cx - 2, y: bottom + 2 },
    { x: cx - h + 6, y: neckY + 6 },
  ];
  for (const points of [left, left.map((point) => mirrorX(point, cx))]) {
    drawing.fabric(polygon(points));
    drawing.seam(
      new PathBuilder().moveTo(points[3]!.x, points[3]!.y).lineTo(points[6]!.x, points[6]!.y + 20),
    );
  }
}

export const outerwearRenderer: SilhouetteRenderer = {
  frame: (item) => (item.category === 'coat' ? COAT_FRAME : JACKET_FRAME),
  draw(drawing: ItemDrawing): void {
    const { item } = drawing;
    const { parts } = item;
    const spec = outerSpec(item);
    const cx = spec.centerX;
    const collar = parts.collar ?? 'none';
    const coat = item.category === 'coat';
    const neck =
      collar === 'notched'
        ? lapelOpening(coat ? 190 : 150)
        : necklineShape(collar === 'mandarin' ? 'collared' : 'crew', 1.05);
    const opening = collar === 'mandarin' ? spec.neckY + 40 : spec.neckY + neck.depth + 6;
    drawing.setBody(
      boxFromCorners(cx - spec.chestHalf + 10, opening + 10, cx + spec.chestHalf - 10, spec.hemY - 12),
    );

    drawNeckInside(drawing, cx, spec.neckY, neck);
    const sleeves = ([-1, 1] as const).map((side) =>
      sleeveShape(spec, neck, side, { angle: 17, length: 276, endHalf: 27 }),
    );
    for (const shape of sleeves) drawing.fabric(shape.path);
    drawing.fabric(torsoPath(spec, neck));
    if (collar === 'notched') drawLapels(drawing, cx, spec.neckY, neck);
    else
      drawCollar(
        drawing,
        collar,
        { centerX: cx, neckY: spec.neckY, half: neck.half, backDip: backNeckDip(neck) },
        neck.depth,
      );

    // The front edge runs from the opening to the hem; hems and cuffs are stitched.
    drawing.seam(new PathBuilder().moveTo(cx, opening - 4).lineTo(cx, spec.hemY + 2 * spec.hemCurve - 1));
    drawing.stitch(
      new PathBuilder()
        .moveTo(cx - spec.hemHalf + 4, spec.hemY - 8)
        .quadTo(cx, spec.hemY - 8 + 2 * spec.hemCurve, cx + spec.hemHalf - 4, spec.hemY - 8),
    );
    for (const shape of sleeves) drawing.seam(shape.cuff, 'outline', 0.9);
    // Topstitching beside the front edge, clear of the buttons (they sit on the edge itself).
    for (const side of [-1, 1]) {
      drawing.stitch(
        new PathBuilder().moveTo(cx + side * 13, opening + 4).lineTo(cx + side * 13, spec.hemY - 12),
      );
    }

    const front = boxFromCorners(cx - 14, opening, cx + 14, spec.hemY);
    if (parts.closure === 'zip') {
      drawing.hardwareLine(
        new PathBuilder().moveTo(cx, opening).lineTo(cx, spec.hemY + spec.hemCurve - 2),
        3,
      );
      drawing.hardware(roundedRect({ x: cx - 4.5, y: opening + 4, width: 9, height: 22 }, 2.5));
    } else if (parts.closure === 'buttons') {
      const bottom = coat ? spec.hemY - (spec.hemY - opening) * 0.25 : spec.hemY - 40;
      drawButtonColumn(drawing, { x: cx + 0.5, top: opening + 6, bottom, radius: 6.5, placket: false });
    }
    const slot = (left: number, top: number, width: number, height: number) => ({
      x: left,
      y: top,
      width,
      height,
    });
    const hip = coat ? 380 : 330;
    const pocketWidth = 56;
    const candidates = [
      slot(cx - 30 - pocketWidth, hip, pocketWidth, 56),
      slot(cx + 30, hip, pocketWidth, 56),
      slot(cx + 34, 214, 44, 38),
      slot(cx - 78, 214, 44, 38),
      slot(cx - 30 - pocketWidth, hip - 76, pocketWidth, 56),
      slot(cx + 30, hip - 76, pocketWidth, 56),
      slot(cx - 30 - pocketWidth, hip + 76, pocketWidth, 56),
      slot(cx + 30, hip + 76, pocketWidth, 56),
    ].filter((box) => box.y + box.height <= spec.hemY - 16);
    drawPockets(drawing, candidates, [front]);
    drawLogo(drawing);
  },
};
