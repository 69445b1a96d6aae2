import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { drawLogo, plannedLogo } from '../logo.ts';
import { PathBuilder } from '../path-builder.ts';
import { spreadAlong } from '../placement.ts';
import { roundedRect } from '../shapes.ts';
import { drawPockets } from './garment-details.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * Bags, front view: a trapezoid body; a short top handle, a shoulder strap or a long crossbody strap;
 * an open top, a zip along the top, or a flap fastened by one or two buttons.
 */

const FRAME = { width: 440, height: 470 };
const CX = 220;
const TOP = 232;
const BOTTOM = 444;
const TOP_HALF = 120;
const BOTTOM_HALF = 138;
const FLAP_SIDE_Y = 300;
const FLAP_TIP_Y = 336;

/** A strap as a band between two arches: from the attachment points up to `peak`. */
function strap(halfSpan: number, peak: number, width: number): PathBuilder {
  // For a cubic whose ends sit at TOP and whose controls share y = c, the apex is 0.25·TOP + 0.75·c.
  const control = (peak - 0.25 * TOP) / 0.75;
  const inner = (peak + width - 0.25 * TOP) / 0.75;
  return new PathBuilder()
    .moveTo(CX - halfSpan - width / 2, TOP + 2)
    .cubicTo(
      CX - halfSpan - width / 2,
      control,
      CX + halfSpan + width / 2,
      control,
      CX + halfSpan + width / 2,
      TOP + 2,
    )
    .lineTo(CX + halfSpan - width / 2, TOP + 2)
    .cubicTo(
      CX + halfSpan - width / 2,
      inner,
      CX - halfSpan + width / 2,
      inner,
      CX - halfSpan + width / 2,
      TOP + 2,
    )
    .close();
}

/** y of the flap's curved lower edge at x. */
function flapEdge(x: number): number {
  const t = (x - (CX - TOP_HALF - 6)) / (2 * (TOP_HALF + 6));
  const u = 1 - t;
  return u * u * FLAP_SIDE_Y + 2 * u * t * (2 * FLAP_TIP_Y - FLAP_SIDE_Y) + t * t * FLAP_SIDE_Y;
}

export const bagRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    const { parts } = drawing.item;
    drawing.setBody(boxFromCorners(CX - TOP_HALF + 4, TOP + 6, CX + TOP_HALF - 4, BOTTOM - 10));
    const kind = parts.strap ?? 'top-handle';
    if (kind === 'crossbody') drawing.fabric(strap(112, 14, 8));
    else if (kind === 'shoulder') drawing.fabric(strap(92, 70, 14));
    else drawing.fabric(strap(58, 142, 16));

    drawing.fabric(
      new PathBuilder()
        .moveTo(CX - TOP_HALF, TOP)
        .lineTo(CX + TOP_HALF, TOP)
        .lineTo(CX + BOTTOM_HALF, BOTTOM - 14)
        .quadTo(CX + BOTTOM_HALF, BOTTOM, CX + BOTTOM_HALF - 14, BOTTOM)
        .lineTo(CX - BOTTOM_HALF + 14, BOTTOM)
        .quadTo(CX - BOTTOM_HALF, BOTTOM, CX - BOTTOM_HALF, BOTTOM - 14)
        .close(),
    );
    drawing.stitch(
      new PathBuilder()
        .moveTo(CX - TOP_HALF + 8, TOP + 8)
        .lineTo(CX - BOTTOM_HALF + 9, BOTTOM - 10)
        .lineTo(CX + BOTTOM_HALF - 9, BOTTOM - 10)
        .lineTo(CX + TOP_HALF - 8, TOP + 8),
    );
    // Tabs where the strap meets the body.
    const span = kind === 'crossbody' ? 112 : kind === 'shoulder' ? 92 : 58;
    for (const side of [-1, 1]) {
      drawing.trim(roundedRect({ x: CX + side * span - 9, y: TOP - 8, width: 18, height: 22 }, 3), 'trim');
    }

    const closure = parts.closure ?? 'none';
    const logo = plannedLogo(drawing);
    if (closure === 'none') {
      drawing.trim(
        new PathBuilder()
          .moveTo(CX - TOP_HALF + 6, TOP + 2)
          .quadTo(CX, TOP + 26, CX + TOP_HALF - 6, TOP + 2)
          .quadTo(CX, TOP + 10, CX - TOP_HALF + 6, TOP + 2)
          .close(),
        'shade',
      );
    } else if (closure === 'zip') {
      drawing.hardwareLine(
        new PathBuilder().moveTo(CX - TOP_HALF + 12, TOP + 14).lineTo(CX + TOP_HALF - 12, TOP + 14),
        3,
      );
      drawing.hardware(roundedRect({ x: CX + 70, y: TOP + 12, width: 9, height: 24 }, 2.5));
    } else {
      drawing.fabric(
        new PathBuilder()
          .moveTo(CX - TOP_HALF - 6, TOP - 4)
          .lineTo(CX + TOP_HALF + 6, TOP - 4)
          .lineTo(CX + TOP_HALF + 6, FLAP_SIDE_Y)
          .quadTo(CX, 2 * FLAP_TIP_Y - FLAP_SIDE_Y, CX - TOP_HALF - 6, FLAP_SIDE_Y)
          .close(),
      );
      const radius = 7;
      const avoid: [number, number][] = [];
      if (logo && logo.y < FLAP_TIP_Y && logo.y + logo.height > FLAP_SIDE_Y - 24) {
        avoid.push([logo.x - radius - 6, logo.x + logo.width + radius + 6]);
      }
      const xs = spreadAlong(CX - 80, CX + 80, parts.buttons ?? 0, 2 * radius + 20, avoid);
      for (const x of xs) drawing.button(x, flapEdge(x) - 14, radius);
    }
    const pocket = (left: number, top: number, width: number) => ({ x: left, y: top, width, height: 64 });
    drawPockets(drawing, [pocket(CX - 50, 352, 100), pocket(CX - 124, 356, 86), pocket(CX + 38, 356, 86)]);
    drawLogo(drawing);
  },
};
