import { describe, expect, it } from 'vitest';
import { outwardBox } from './box-math.ts';
import { PathBuilder } from './path-builder.ts';
import { circle } from './shapes.ts';

describe('PathBuilder bounds', () => {
  it('bounds a curve by its extremes, not its control points', () => {
    const path = new PathBuilder().moveTo(0, 0).quadTo(50, 100, 100, 0);
    // The control point is at y = 100 but the curve only reaches y = 50.
    expect(path.box).toEqual({ x: 0, y: 0, width: 100, height: 50 });
    const cubic = new PathBuilder().moveTo(0, 0).cubicTo(0, 40, 100, 40, 100, 0);
    expect(cubic.box.height).toBeCloseTo(30, 6);
  });

  it('bounds a circle by its radius', () => {
    const box = circle(10, 20, 5).box;
    expect(box.x).toBeCloseTo(5, 6);
    expect(box.y).toBeCloseTo(15, 6);
    expect(box.width).toBeCloseTo(10, 6);
  });
});

describe('outwardBox', () => {
  it('covers every pixel a box touches', () => {
    expect(outwardBox({ x: 10.3, y: 4, width: 10.4, height: 2.5 })).toEqual({
      x: 10,
      y: 4,
      width: 11,
      height: 3,
    });
  });
});
