import type { Point } from '../box-math.ts';
import { PathBuilder } from '../path-builder.ts';
import { polygon } from '../shapes.ts';
import type { NecklineShape } from './neckline.ts';

/**
 * The body and sleeves shared by tops, dresses and outerwear, laid flat and seen from the front.
 * Sleeves hang at an angle that steepens as they lengthen, so a long sleeve ends far lower than a
 * short one and a three-quarter sleeve stops in between, which is the cue people (and models) use.
 */

export interface TorsoSpec {
  centerX: number;
  /** y of the neck points, where the neckline meets the shoulder seams. */
  neckY: number;
  shoulderY: number;
  shoulderHalf: number;
  underarmY: number;
  chestHalf: number;
  /** A fitted waist; the side seam runs through it. */
  waist?: { y: number; half: number };
  hemY: number;
  hemHalf: number;
  /** How far the hem bows below hemY at the centre. */
  hemCurve: number;
  sleeveless: boolean;
}

/** Sleeveless garments have narrow shoulders and a cut-in armhole. */
function shoulderPoint(spec: TorsoSpec, neck: NecklineShape, side: 1 | -1): Point {
  const half = spec.sleeveless ? neck.half + 30 : spec.shoulderHalf;
  return { x: spec.centerX + side * half, y: spec.shoulderY - (spec.sleeveless ? 4 : 0) };
}

export function underarmPoint(spec: TorsoSpec, side: 1 | -1): Point {
  return { x: spec.centerX + side * spec.chestHalf, y: spec.underarmY + (spec.sleeveless ? 8 : 0) };
}

function appendArmhole(
  path: PathBuilder,
  spec: TorsoSpec,
  neck: NecklineShape,
  side: 1 | -1,
  down: boolean,
): void {
  const shoulder = shoulderPoint(spec, neck, side);
  const underarm = underarmPoint(spec, side);
  const [from, to] = down ? [shoulder, underarm] : [underarm, shoulder];
  if (spec.sleeveless) {
    // Cut-in: the curve dips towards the body before reaching the underarm.
    const c1 = { x: shoulder.x + side * 2, y: shoulder.y + 46 };
    const c2 = { x: underarm.x - side * 22, y: underarm.y - 4 };
    const [a, b] = down ? [c1, c2] : [c2, c1];
    path.cubicTo(a.x, a.y, b.x, b.y, to.x, to.y);
    return;
  }
  // Bulges outwards so that it covers the straight inner edge of the sleeve drawn beneath it.
  const bulge = Math.max(shoulder.x * side, underarm.x * side) * side + side * 10;
  path.quadTo(bulge, (from.y + to.y) / 2, to.x, to.y);
}

function appendSide(path: PathBuilder, spec: TorsoSpec, side: 1 | -1, down: boolean): void {
  const underarm = underarmPoint(spec, side);
  const hem = { x: spec.centerX + side * spec.hemHalf, y: spec.hemY };
  const points: Point[] = spec.waist ? [{ x: spec.centerX + side * spec.waist.half, y: spec.waist.y }] : [];
  const sequence = down ? [...points, hem] : [...points.reverse(), underarm];
  for (const point of sequence) path.lineTo(point.x, point.y);
}

/** The body outline with the neckline cut out of it. */
export function torsoPath(spec: TorsoSpec, neck: NecklineShape): PathBuilder {
  const { centerX: cx, neckY } = spec;
  const path = new PathBuilder().moveTo(cx - neck.half, neckY);
  neck.append(path, cx, neckY);
  const right = shoulderPoint(spec, neck, 1);
  path.lineTo(right.x, right.y);
  appendArmhole(path, spec, neck, 1, true);
  appendSide(path, spec, 1, true);
  path.quadTo(cx, spec.hemY + 2 * spec.hemCurve, cx - spec.hemHalf, spec.hemY);
  appendSide(path, spec, -1, false);
  appendArmhole(path, spec, neck, -1, false);
  return path.close();
}

export interface SleeveShape {
  path: PathBuilder;
  /** The band at the end of the sleeve, for cuffs. */
  cuff: PathBuilder;
  /** Lowest point of the sleeve. */
  bottom: number;
}

export interface SleeveStyle {
  /** Angle from vertical, degrees. */
  angle: number;
  /** Length along the sleeve axis from the middle of the armhole. */
  length: number;
  /** Half-width at the end. */
  endHalf: number;
}

export function sleeveShape(
  spec: TorsoSpec,
  neck: NecklineShape,
  side: 1 | -1,
  style: SleeveStyle,
): SleeveShape {
  const top = shoulderPoint(spec, neck, side);
  const under = underarmPoint(spec, side);
  const radians = (style.angle * Math.PI) / 180;
  const axis = { x: side * Math.sin(radians), y: Math.cos(radians) };
  const normal = { x: side * Math.cos(radians), y: -Math.sin(radians) };
  const middle = { x: (top.x + under.x) / 2, y: (top.y + under.y) / 2 };
  const end = { x: middle.x + axis.x * style.length, y: middle.y + axis.y * style.length };
  const at = (distance: number, across: number): Point => ({
    x: end.x + axis.x * distance + normal.x * across,
    y: end.y + axis.y * distance + normal.y * across,
  });
  const outer = at(0, style.endHalf);
  const inner = at(0, -style.endHalf);
  const path = polygon([top, outer, inner, under]);
  const depth = Math.min(22, style.length * 0.3);
  const cuff = polygon([
    at(-depth, style.endHalf + 1.5),
    at(0, style.endHalf + 1.5),
    at(0, -style.endHalf - 1.5),
    at(-depth, -style.endHalf - 1.5),
  ]);
  return { path, cuff, bottom: Math.max(outer.y, inner.y) };
}
