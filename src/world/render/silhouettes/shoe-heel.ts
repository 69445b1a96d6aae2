import type { Item } from '../../item.ts';
import type { Heel } from '../../vocabulary.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import type { ShoePen, ShoeProfile } from './shoe-parts.ts';

export const STILETTO_HEIGHT: Readonly<Record<Heel, number>> = { flat: 20, low: 36, mid: 56, high: 94 };

/** A pump: pointed toe, low topline, stiletto heel, and an optional ankle strap with a buckle. */
export function heelProfile(item: Item): ShoeProfile {
  const h = STILETTO_HEIGHT[item.parts.heel ?? 'mid'];
  const strap = item.parts.strap === 'ankle';
  return {
    upper: { x: 0, y: -h - 48, width: 300, height: h + 46 },
    draw(drawing: ItemDrawing, pen: ShoePen): void {
      drawing.trim(
        pen()
          .moveTo(252, -h + 1)
          .lineTo(296, -h + 1)
          .quadTo(286, -h * 0.5, 285, 0)
          .lineTo(275, 0)
          .quadTo(272, -h * 0.5, 252, -h + 1)
          .close(),
        'sole',
      );
      const throat = -50 - h * 0.12;
      drawing.fabric(
        pen()
          .moveTo(0, -7)
          .cubicTo(4, -26, 30, -38, 70, -42)
          .cubicTo(100, -45, 122, -47, 138, throat)
          .cubicTo(172, -42 - h * 0.25, 232, -h - 34, 286, -h - 48)
          .cubicTo(298, -h - 42, 300, -h - 10, 294, -h)
          .lineTo(256, -h)
          .cubicTo(220, -h + 4, 160, -10, 110, -2)
          .lineTo(14, 0)
          .quadTo(0, 0, 0, -7)
          .close(),
      );
      drawing.trim(
        pen()
          .moveTo(142, throat + 1)
          .cubicTo(176, -40 - h * 0.25, 234, -h - 32, 284, -h - 45)
          .lineTo(283, -h - 36)
          .cubicTo(234, -h - 22, 176, -32 - h * 0.25, 142, throat + 1)
          .close(),
        'shade',
      );
      drawing.stitch(
        pen()
          .moveTo(10, -10)
          .cubicTo(14, -24, 36, -33, 72, -36)
          .cubicTo(100, -39, 120, -41, 134, throat + 6),
      );
      drawing.trim(pen().moveTo(2, -4).lineTo(120, -4).lineTo(118, 1).lineTo(4, 1).close(), 'sole');
      if (strap) {
        drawing.fabric(
          pen()
            .moveTo(282, -h - 46)
            .lineTo(292, -h - 46)
            .lineTo(296, -h - 62)
            .lineTo(286, -h - 62)
            .close(),
        );
        drawing.fabric(
          pen()
            .moveTo(232, -h - 62)
            .cubicTo(254, -h - 70, 282, -h - 74, 304, -h - 68)
            .lineTo(304, -h - 57)
            .cubicTo(282, -h - 63, 254, -h - 59, 232, -h - 51)
            .close(),
        );
        drawing.hardware(
          pen()
            .moveTo(225, -h - 66)
            .lineTo(238, -h - 68)
            .lineTo(238, -h - 49)
            .lineTo(225, -h - 47)
            .close(),
        );
      }
    },
  };
}
