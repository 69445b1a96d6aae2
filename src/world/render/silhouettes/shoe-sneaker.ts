import type { ItemDrawing } from '../item-drawing.ts';
import { drawLaces, type ShoePen, type ShoeProfile } from './shoe-parts.ts';

/** A low sneaker: chunky cupsole, toe cap, laces, heel tab. */
export const sneakerProfile: ShoeProfile = {
  upper: { x: 0, y: -134, width: 304, height: 112 },
  draw(drawing: ItemDrawing, pen: ShoePen): void {
    drawing.fabric(
      pen()
        .moveTo(8, -20)
        .cubicTo(0, -42, 14, -62, 52, -66)
        .lineTo(118, -84)
        .cubicTo(140, -92, 158, -108, 170, -124)
        .lineTo(178, -134)
        .lineTo(196, -128)
        .cubicTo(226, -116, 250, -116, 268, -126)
        .cubicTo(284, -134, 302, -124, 303, -100)
        .lineTo(304, -20)
        .close(),
    );
    drawing.trim(
      pen()
        .moveTo(182, -129)
        .cubicTo(210, -120, 250, -119, 268, -126)
        .cubicTo(246, -128, 210, -130, 182, -129)
        .close(),
      'shade',
    );
    drawing.seam(pen().moveTo(62, -22).quadTo(52, -52, 74, -72));
    drawing.seam(pen().moveTo(108, -62).lineTo(184, -110));
    drawing.trim(
      pen()
        .moveTo(282, -130)
        .cubicTo(298, -126, 304, -112, 304, -92)
        .lineTo(292, -92)
        .cubicTo(292, -108, 290, -118, 276, -127)
        .close(),
      'trim',
    );
    drawing.stitch(pen().moveTo(12, -30).cubicTo(8, -46, 22, -58, 50, -60));
    // Sidewall stitching just above the cupsole.
    drawing.stitch(pen().moveTo(60, -32).lineTo(298, -32));
    drawing.trim(
      pen()
        .moveTo(-2, -14)
        .quadTo(-2, -26, 10, -26)
        .lineTo(300, -26)
        .quadTo(310, -26, 310, -14)
        .lineTo(310, -8)
        .quadTo(310, 0, 300, 0)
        .lineTo(10, 0)
        .quadTo(-2, 0, -2, -14)
        .close(),
      'sole',
    );
    drawing.seam(pen().moveTo(4, -11).lineTo(306, -11), 'outline', 0.9);
    drawLaces(drawing, pen, { x: 120, y: -72 }, { x: 180, y: -112 }, 4);
  },
};
