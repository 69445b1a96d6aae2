import type { Box } from '../geometry.ts';
import { BoundsAccumulator, type Point } from './box-math.ts';
import { formatNumber } from './svg-markup.ts';

/**
 * An SVG path that knows its own exact bounding box. Ground-truth boxes (logo, buttons, the whole
 * item) come from the geometry rather than from rendering, so curves contribute their true extrema,
 * not their control points, which can sit far outside the drawn shape.
 */
export class PathBuilder {
  private readonly commands: string[] = [];
  private readonly bounds = new BoundsAccumulator();
  private current: Point = { x: 0, y: 0 };

  moveTo(x: number, y: number): this {
    this.commands.push(`M${formatNumber(x)} ${formatNumber(y)}`);
    this.bounds.addPoint(x, y);
    this.current = { x, y };
    return this;
  }

  lineTo(x: number, y: number): this {
    this.commands.push(`L${formatNumber(x)} ${formatNumber(y)}`);
    this.bounds.addPoint(x, y);
    this.current = { x, y };
    return this;
  }

  quadTo(controlX: number, controlY: number, x: number, y: number): this {
    this.commands.push(
      `Q${formatNumber(controlX)} ${formatNumber(controlY)} ${formatNumber(x)} ${formatNumber(y)}`,
    );
    const start = this.current;
    for (const t of quadraticExtrema(start.x, controlX, x).concat(quadraticExtrema(start.y, controlY, y))) {
      const u = 1 - t;
      this.bounds.addPoint(
        u * u * start.x + 2 * u * t * controlX + t * t * x,
        u * u * start.y + 2 * u * t * controlY + t * t * y,
      );
    }
    this.bounds.addPoint(x, y);
    this.current = { x, y };
    return this;
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this {
    this.commands.push(
      `C${formatNumber(c1x)} ${formatNumber(c1y)} ${formatNumber(c2x)} ${formatNumber(c2y)} ${formatNumber(x)} ${formatNumber(y)}`,
    );
    const start = this.current;
    for (const t of cubicExtrema(start.x, c1x, c2x, x).concat(cubicExtrema(start.y, c1y, c2y, y))) {
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      this.bounds.addPoint(a * start.x + b * c1x + c * c2x + d * x, a * start.y + b * c1y + c * c2y + d * y);
    }
    this.bounds.addPoint(x, y);
    this.current = { x, y };
    return this;
  }

  close(): this {
    this.commands.push('Z');
    return this;
  }

  get d(): string {
    return this.commands.join('');
  }

  get box(): Box {
    return this.bounds.toBox();
  }
}

/** Parameters in (0, 1) where a quadratic Bézier coordinate has its extremum. */
function quadraticExtrema(p0: number, p1: number, p2: number): number[] {
  const denominator = p0 - 2 * p1 + p2;
  if (Math.abs(denominator) < 1e-12) return [];
  const t = (p0 - p1) / denominator;
  return t > 0 && t < 1 ? [t] : [];
}

/** Parameters in (0, 1) where a cubic Bézier coordinate has its extrema (roots of the derivative). */
function cubicExtrema(p0: number, p1: number, p2: number, p3: number): number[] {
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  const roots: number[] = [];
  if (Math.abs(a) < 1e-12) {
    if (Math.abs(b) > 1e-12) roots.push(-c / b);
  } else {
    const discriminant = b * b - 4 * a * c;
    if (discriminant >= 0) {
      const root = Math.sqrt(discriminant);
      roots.push((-b + root) / (2 * a), (-b - root) / (2 * a));
    }
  }
  return roots.filter((t) => t > 0 && t < 1);
}

/**
 * A PathBuilder whose coordinates are given relative to an origin: a shoe is drawn once in its own
 * coordinates (toe at x = 0, ground at y = 0) and placed twice for a pair.
 */
export class OffsetPath extends PathBuilder {
  constructor(
    private readonly originX: number,
    private readonly originY: number,
  ) {
    super();
  }

  override moveTo(x: number, y: number): this {
    return super.moveTo(x + this.originX, y + this.originY);
  }

  override lineTo(x: number, y: number): this {
    return super.lineTo(x + this.originX, y + this.originY);
  }

  override quadTo(controlX: number, controlY: number, x: number, y: number): this {
    const ox = this.originX;
    const oy = this.originY;
    return super.quadTo(controlX + ox, controlY + oy, x + ox, y + oy);
  }

  override cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this {
    const ox = this.originX;
    const oy = this.originY;
    return super.cubicTo(c1x + ox, c1y + oy, c2x + ox, c2y + oy, x + ox, y + oy);
  }
}
