import type { Box } from '../geometry.ts';
import type { Point } from './box-math.ts';
import { PathBuilder } from './path-builder.ts';

/** Primitive outlines as PathBuilders, so every shape the silhouettes draw carries exact bounds. */

/** Cubic approximation constant for a quarter circle. */
const KAPPA = 0.5522847498;

export function polygon(points: readonly Point[]): PathBuilder {
  const path = new PathBuilder();
  points.forEach((point, index) => {
    if (index === 0) path.moveTo(point.x, point.y);
    else path.lineTo(point.x, point.y);
  });
  return path.close();
}

export function ellipse(centerX: number, centerY: number, radiusX: number, radiusY: number): PathBuilder {
  const kx = radiusX * KAPPA;
  const ky = radiusY * KAPPA;
  return new PathBuilder()
    .moveTo(centerX + radiusX, centerY)
    .cubicTo(centerX + radiusX, centerY + ky, centerX + kx, centerY + radiusY, centerX, centerY + radiusY)
    .cubicTo(centerX - kx, centerY + radiusY, centerX - radiusX, centerY + ky, centerX - radiusX, centerY)
    .cubicTo(centerX - radiusX, centerY - ky, centerX - kx, centerY - radiusY, centerX, centerY - radiusY)
    .cubicTo(centerX + kx, centerY - radiusY, centerX + radiusX, centerY - ky, centerX + radiusX, centerY)
    .close();
}

export function circle(centerX: number, centerY: number, radius: number): PathBuilder {
  return ellipse(centerX, centerY, radius, radius);
}

/** A rectangle whose corners are rounded by `radius` (clamped to half the shorter side). */
export function roundedRect(box: Box, radius = 0): PathBuilder {
  const r = Math.max(0, Math.min(radius, box.width / 2, box.height / 2));
  const { x, y, width, height } = box;
  const right = x + width;
  const bottom = y + height;
  if (r === 0) {
    return polygon([
      { x, y },
      { x: right, y },
      { x: right, y: bottom },
      { x, y: bottom },
    ]);
  }
  const k = r * (1 - KAPPA);
  return new PathBuilder()
    .moveTo(x + r, y)
    .lineTo(right - r, y)
    .cubicTo(right - k, y, right, y + k, right, y + r)
    .lineTo(right, bottom - r)
    .cubicTo(right, bottom - k, right - k, bottom, right - r, bottom)
    .lineTo(x + r, bottom)
    .cubicTo(x + k, bottom, x, bottom - k, x, bottom - r)
    .lineTo(x, y + r)
    .cubicTo(x, y + k, x + k, y, x + r, y)
    .close();
}

/** An open polyline, for seams and stitching. */
export function polyline(points: readonly Point[]): PathBuilder {
  const path = new PathBuilder();
  points.forEach((point, index) => {
    if (index === 0) path.moveTo(point.x, point.y);
    else path.lineTo(point.x, point.y);
  });
  return path;
}

/** Mirrors x around a vertical axis; silhouettes draw one side and mirror it. */
export function mirrorX(point: Point, axis: number): Point {
  return { x: 2 * axis - point.x, y: point.y };
}
