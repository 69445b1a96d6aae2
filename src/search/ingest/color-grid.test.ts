import { describe, expect, it } from 'vitest';
import { colorGridDifference, colorGridFromRgb } from './color-grid.ts';

function solid(side: number, rgb: [number, number, number]): Uint8Array {
  const pixels = new Uint8Array(side * side * 3);
  for (let index = 0; index < side * side; index++) pixels.set(rgb, index * 3);
  return pixels;
}

describe('colour grid', () => {
  it('averages each cell and encodes it as rrggbb', () => {
    expect(colorGridFromRgb(solid(8, [255, 0, 16]), 8)).toBe('ff0010'.repeat(16));
    const half = solid(4, [0, 0, 0]);
    half.set([200, 100, 50], 0);
    expect(colorGridFromRgb(half, 4).slice(0, 12)).toBe('c86432000000');
  });

  it('measures the mean ΔE between grids: zero for equal, large for black against white', () => {
    const black = colorGridFromRgb(solid(4, [0, 0, 0]), 4);
    const white = colorGridFromRgb(solid(4, [255, 255, 255]), 4);
    expect(colorGridDifference(black, black)).toBe(0);
    expect(colorGridDifference(black, white)).toBeCloseTo(100, 0);
    expect(() => colorGridDifference(black, 'xyz')).toThrow(/colour grid/);
  });
});
