import type { Box } from '../geometry.ts';

/**
 * Bounding-box arithmetic for ground truth. Boxes handed to callers are rounded outwards to whole
 * pixels: every pixel a shape touches (anti-aliased edge included) then lies inside its box, which is
 * the promise a detail question's ground truth has to keep.
 */

export interface Point {
  x: number;
  y: number;
}

/** Grows a box around the points it is given; empty until the first point. */
export class BoundsAccumulator {
  private minX = Number.POSITIVE_INFINITY;
  private minY = Number.POSITIVE_INFINITY;
  private maxX = Number.NEGATIVE_INFINITY;
  private maxY = Number.NEGATIVE_INFINITY;

  get empty(): boolean {
    return this.minX > this.maxX;
  }

  addPoint(x: number, y: number): this {
    if (x < this.minX) this.minX = x;
    if (y < this.minY) this.minY = y;
    if (x > this.maxX) this.maxX = x;
    if (y > this.maxY) this.maxY = y;
    return this;
  }

  /** Adds a box grown by `margin` on every side (half a stroke width, for outlined shapes). */
  addBox(box: Box, margin = 0): this {
    this.addPoint(box.x - margin, box.y - margin);
    return this.addPoint(box.x + box.width + margin, box.y + box.height + margin);
  }

  toBox(): Box {
    if (this.empty) return { x: 0, y: 0, width: 0, height: 0 };
    return { x: this.minX, y: this.minY, width: this.maxX - this.minX, height: this.maxY - this.minY };
  }
}

export function boxFromCorners(left: number, top: number, right: number, bottom: number): Box {
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function insetBox(box: Box, amount: number): Box {
  return {
    x: box.x + amount,
    y: box.y + amount,
    width: box.width - 2 * amount,
    height: box.height - 2 * amount,
  };
}

export function boxesIntersect(first: Box, second: Box, margin = 0): boolean {
  return (
    first.x < second.x + second.width + margin &&
    second.x < first.x + first.width + margin &&
    first.y < second.y + second.height + margin &&
    second.y < first.y + first.height + margin
  );
}

/** A uniform scale followed by a translation: the only transform an item fragment uses. */
export interface Placement {
  scale: number;
  dx: number;
  dy: number;
}

export function placeBox(box: Box, placement: Placement): Box {
  return {
    x: box.x * placement.scale + placement.dx,
    y: box.y * placement.scale + placement.dy,
    width: box.width * placement.scale,
    height: box.height * placement.scale,
  };
}

/** Rounds outwards to whole pixels, so the box covers every pixel the shape touches. */
export function outwardBox(box: Box): Box {
  // The epsilon keeps 12.000000001 (float noise) from becoming a whole extra pixel.
  const left = Math.floor(box.x + 1e-6);
  const top = Math.floor(box.y + 1e-6);
  const right = Math.ceil(box.x + box.width - 1e-6);
  const bottom = Math.ceil(box.y + box.height - 1e-6);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
