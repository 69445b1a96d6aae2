import type { Item } from '../../item.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { BLOCK_HEEL_HEIGHT } from './shoe-boot.ts';
import { drawBlockSole, type ShoePen, type ShoeProfile } from './shoe-parts.ts';

/** A penny loafer: moc-toe seam, a saddle strap across the vamp, low block heel. */
export function loaferProfile(item: Item): ShoeProfile {
  const heel = BLOCK_HEEL_HEIGHT[item.parts.heel ?? 'flat'];
  return {
    upper: { x: 0, y: -heel - 64, width: 300, height: heel + 52 },
    draw(drawing: ItemDrawing, pen: ShoePen): void {
      drawing.fabric(
        pen()
          .moveTo(4, -12)
          .cubicTo(-4, -38, 16, -56, 54, -60)
          .lineTo(140, -72)
          .cubicTo(160, -76, 176, -78, 190, -76)
          .cubicTo(230, -70, 262, -heel - 60, 292, -heel - 62)
          .cubicTo(300, -heel - 50, 300, -heel - 20, 297, -heel - 12)
          .lineTo(232, -heel - 12)
          .lineTo(190, -12)
          .close(),
      );
      drawing.trim(
        pen()
          .moveTo(192, -75)
          .cubicTo(230, -69, 262, -heel - 59, 290, -heel - 61)
          .cubicTo(262, -heel - 52, 230, -64, 192, -75)
          .close(),
        'shade',
      );
      drawing.seam(pen().moveTo(26, -40).cubicTo(50, -64, 110, -74, 146, -70));
      drawing.stitch(pen().moveTo(30, -34).cubicTo(54, -58, 110, -68, 144, -64));
      drawing.trim(pen().moveTo(118, -70).lineTo(178, -78).lineTo(182, -56).lineTo(122, -50).close(), 'trim');
      drawing.trim(
        pen().moveTo(140, -66).lineTo(162, -69).lineTo(163, -62).lineTo(141, -59).close(),
        'shade',
      );
      drawBlockSole(drawing, pen, heel);
    },
  };
}
