import { boxFromCorners } from '../box-math.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { drawLogo } from '../logo.ts';
import { PathBuilder } from '../path-builder.ts';
import { ellipse, roundedRect } from '../shapes.ts';
import type { SilhouetteRenderer } from './silhouette.ts';

/**
 * Hats, front view: no brim is a beanie with a folded cuff; a narrow brim is a fedora with a pinched
 * crown; a wide brim is a sun hat whose brim is more than twice the crown's width.
 */

const FRAME = { width: 470, height: 300 };
const CX = 235;

function beanie(drawing: ItemDrawing): void {
  drawing.setBody(boxFromCorners(CX - 98, 84, CX + 98, 192));
  drawing.fabric(
    new PathBuilder()
      .moveTo(CX - 118, 236)
      .lineTo(CX - 118, 150)
      .cubicTo(CX - 118, 44, CX + 118, 44, CX + 118, 150)
      .lineTo(CX + 118, 236)
      .close(),
  );
  drawing.trim(roundedRect({ x: CX - 124, y: 196, width: 248, height: 66 }, 8), 'trim');
  for (let x = CX - 114; x <= CX + 114; x += 10) {
    drawing.seam(new PathBuilder().moveTo(x, 202).lineTo(x, 256), 'outline', 0.7);
  }
}

function brimmed(drawing: ItemDrawing, wide: boolean): void {
  const base = 214;
  const crownHalf = wide ? 98 : 104;
  const crownTop = wide ? 86 : 70;
  const bandTop = base - 30;
  drawing.setBody(boxFromCorners(CX - crownHalf + 14, crownTop + 22, CX + crownHalf - 14, bandTop - 4));
  drawing.fabric(wide ? ellipse(CX, base, 226, 66) : ellipse(CX, base, 168, 30));
  const crown = new PathBuilder().moveTo(CX - crownHalf, base);
  if (wide) {
    crown
      .lineTo(CX - crownHalf + 4, 140)
      .cubicTo(CX - crownHalf + 8, crownTop - 6, CX + crownHalf - 8, crownTop - 6, CX + crownHalf - 4, 140);
  } else {
    // A fedora's pinched crown: a dip in the middle of the top.
    crown
      .lineTo(CX - crownHalf + 12, 100)
      .quadTo(CX - crownHalf + 16, crownTop, CX - 48, crownTop)
      .quadTo(CX, crownTop + 18, CX + 48, crownTop)
      .quadTo(CX + crownHalf - 16, crownTop, CX + crownHalf - 12, 100);
  }
  crown
    .lineTo(CX + crownHalf, base)
    .quadTo(CX, base + 12, CX - crownHalf, base)
    .close();
  drawing.fabric(crown);
  drawing.trim(
    new PathBuilder()
      .moveTo(CX - crownHalf - 1, bandTop)
      .quadTo(CX, bandTop + 12, CX + crownHalf + 1, bandTop)
      .lineTo(CX + crownHalf + 1, base - 2)
      .quadTo(CX, base + 10, CX - crownHalf - 1, base - 2)
      .close(),
    'trim',
  );
  drawing.stitch(
    wide
      ? new PathBuilder().moveTo(CX - 214, base + 4).quadTo(CX, base + 120, CX + 214, base + 4)
      : new PathBuilder().moveTo(CX - 158, base + 4).quadTo(CX, base + 54, CX + 158, base + 4),
  );
}

export const hatRenderer: SilhouetteRenderer = {
  frame: () => FRAME,
  draw(drawing: ItemDrawing): void {
    const brim = drawing.item.parts.brim ?? 'none';
    if (brim === 'none') beanie(drawing);
    else brimmed(drawing, brim === 'wide');
    drawLogo(drawing);
  },
};
