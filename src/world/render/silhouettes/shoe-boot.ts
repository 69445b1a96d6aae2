import type { Item } from '../../item.ts';
import type { Heel, Shaft } from '../../vocabulary.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { drawBlockSole, drawLaces, type ShoePen, type ShoeProfile } from './shoe-parts.ts';

/** Boot heights and heel heights in shoe units; a knee boot is more than twice an ankle boot. */
export const SHAFT_HEIGHT: Readonly<Record<Shaft, number>> = { ankle: 150, 'mid-calf': 250, knee: 350 };
export const BLOCK_HEEL_HEIGHT: Readonly<Record<Heel, number>> = { flat: 6, low: 22, mid: 44, high: 70 };

/** A boot: block sole, a shaft whose height is the shaft attribute, closed by a zip, laces or nothing. */
export function bootProfile(item: Item): ShoeProfile {
  const heel = BLOCK_HEEL_HEIGHT[item.parts.heel ?? 'flat'];
  // The heel lifts the whole boot, shaft included.
  const top = -SHAFT_HEIGHT[item.parts.shaft ?? 'ankle'] - heel;
  return {
    upper: { x: 0, y: top - 8, width: 300, height: -top - 4 },
    draw(drawing: ItemDrawing, pen: ShoePen): void {
      drawing.fabric(
        pen()
          .moveTo(4, -12)
          .cubicTo(-4, -40, 14, -60, 50, -64)
          .lineTo(150, -82)
          .cubicTo(172, -92, 182, -110, 184, -130)
          .lineTo(188, top)
          .quadTo(240, top - 8, 290, top)
          .lineTo(292, -heel - 70)
          .cubicTo(298, -heel - 44, 300, -heel - 24, 297, -heel - 12)
          .lineTo(232, -heel - 12)
          .lineTo(190, -12)
          .close(),
      );
      drawing.trim(
        pen()
          .moveTo(188, top)
          .quadTo(240, top - 8, 290, top)
          .quadTo(240, top + 8, 188, top)
          .close(),
        'shade',
      );
      drawing.stitch(pen().moveTo(12, -24).cubicTo(6, -44, 22, -56, 50, -58));
      // Welt stitching along the top of the sole.
      drawing.stitch(pen().moveTo(20, -19).lineTo(186, -19));
      drawBlockSole(drawing, pen, heel);
      const closure = item.parts.closure ?? 'none';
      if (closure === 'zip') {
        drawing.hardwareLine(
          pen()
            .moveTo(268, -heel - 30)
            .lineTo(268, top + 14),
          3,
        );
        drawing.hardware(
          pen()
            .moveTo(264, top + 12)
            .lineTo(272, top + 12)
            .lineTo(272, top + 32)
            .lineTo(264, top + 32)
            .close(),
        );
      } else if (closure === 'laces') {
        drawing.seam(
          pen()
            .moveTo(192, -100)
            .lineTo(196, top + 12),
        );
        drawLaces(drawing, pen, { x: 198, y: -98 }, { x: 202, y: top + 16 }, Math.round((-top - 90) / 26));
      } else if (item.parts.shaft === 'ankle') {
        // A Chelsea boot's elastic gusset.
        drawing.trim(
          pen()
            .moveTo(214, top + 2)
            .lineTo(246, top + 2)
            .lineTo(232, top + 70)
            .close(),
          'trim',
        );
      }
    },
  };
}
