import type { Neckline } from '../../vocabulary.ts';
import type { ItemDrawing } from '../item-drawing.ts';
import { PathBuilder } from '../path-builder.ts';

/**
 * Front necklines. Each shape runs from the left neck point to the right one and is spliced into the
 * body outline, so the opening is a hole in the fabric; the inside of the back (a shade tone) is drawn
 * behind the body and shows through it. The five necklines differ in width, depth and shape by enough
 * to tell apart at a glance: crew shallow and round, scoop wide and deep, V pointed, square flat.
 */

/** 'collared' is the shallow round neck a collar sits on. */
export type NecklineStyle = Neckline | 'collared';

export interface NecklineShape {
  /** Half the width of the opening at the neck points. */
  half: number;
  /** How far below the neck points the opening reaches at the centre. */
  depth: number;
  /** Appends the front neckline from (cx - half, neckY) to (cx + half, neckY). */
  append(path: PathBuilder, centerX: number, neckY: number): void;
}

export function necklineShape(style: NecklineStyle, scale: number): NecklineShape {
  const round = (half: number, depth: number): NecklineShape => ({
    half,
    depth,
    append: (path, cx, y) => {
      path.cubicTo(cx - half, y + depth * 0.75, cx - half * 0.55, y + depth, cx, y + depth);
      path.cubicTo(cx + half * 0.55, y + depth, cx + half, y + depth * 0.75, cx + half, y);
    },
  });
  switch (style) {
    case 'crew':
      return round(36 * scale, 30 * scale);
    case 'collared':
      return round(34 * scale, 28 * scale);
    case 'turtleneck':
      return round(36 * scale, 18 * scale);
    case 'scoop':
      return round(50 * scale, 74 * scale);
    case 'v-neck': {
      const half = 38 * scale;
      const depth = 100 * scale;
      return {
        half,
        depth,
        append: (path, cx, y) => {
          path.lineTo(cx, y + depth);
          path.lineTo(cx + half, y);
        },
      };
    }
    case 'square': {
      const half = 46 * scale;
      const depth = 62 * scale;
      return {
        half,
        depth,
        append: (path, cx, y) => {
          path.lineTo(cx - half, y + depth);
          path.lineTo(cx + half, y + depth);
          path.lineTo(cx + half, y);
        },
      };
    }
  }
}

/** How far the back neckline dips below the neck points: a collar's back band sits on the same curve. */
export function backNeckDip(shape: NecklineShape): number {
  return Math.min(12, shape.depth * 0.35);
}

/** The inside of the back, seen through the neck opening: behind the body, in the shade tone. */
export function drawNeckInside(
  drawing: ItemDrawing,
  centerX: number,
  neckY: number,
  shape: NecklineShape,
): void {
  const { half, depth } = shape;
  const path = new PathBuilder()
    .moveTo(centerX - half, neckY)
    .quadTo(centerX, neckY + 2 * backNeckDip(shape), centerX + half, neckY)
    .lineTo(centerX + half, neckY + depth + 4)
    .lineTo(centerX - half, neckY + depth + 4)
    .close();
  drawing.behind(path, 'shade');
}

/** A folded turtleneck collar standing above the neck, with rib lines. */
export function drawTurtleneck(drawing: ItemDrawing, centerX: number, neckY: number, half: number): void {
  const top = neckY - 36;
  const band = new PathBuilder()
    .moveTo(centerX - half - 3, neckY + 12)
    .lineTo(centerX - half + 3, top)
    .quadTo(centerX, top + 5, centerX + half - 3, top)
    .lineTo(centerX + half + 3, neckY + 12)
    .quadTo(centerX, neckY + 22, centerX - half - 3, neckY + 12)
    .close();
  drawing.fabric(band);
  const fold = top + 17;
  drawing.seam(
    new PathBuilder().moveTo(centerX - half, fold).quadTo(centerX, fold + 6, centerX + half, fold),
  );
  for (let index = 1; index < 8; index++) {
    const x = centerX - half + (2 * half * index) / 8;
    drawing.seam(new PathBuilder().moveTo(x, fold + 5).lineTo(x, neckY + 10), 'outline', 0.7);
  }
}
