import { rgbToLab } from '../../world/index.ts';

/**
 * A 4×4 grid of average sRGB colours, the colour half of the near-duplicate test. A luma hash cannot
 * tell a grey skirt from a burgundy one of the same cut — in a generated world that is most pairs of
 * a category — so a pair also needs similar colours, cell by cell, to be reported.
 */
export const GRID_SIDE = 4;

/** Averages `side`×`side` RGB pixels into the grid; 96 hex characters (16 cells × rrggbb). */
export function colorGridFromRgb(rgb: Uint8Array, side: number): string {
  const cell = side / GRID_SIDE;
  if (!Number.isInteger(cell) || rgb.length !== side * side * 3) {
    throw new RangeError(`colour grid needs ${GRID_SIDE}k × ${GRID_SIDE}k RGB pixels`);
  }
  let hex = '';
  for (let gridY = 0; gridY < GRID_SIDE; gridY++) {
    for (let gridX = 0; gridX < GRID_SIDE; gridX++) {
      const sums = [0, 0, 0];
      for (let y = gridY * cell; y < (gridY + 1) * cell; y++) {
        for (let x = gridX * cell; x < (gridX + 1) * cell; x++) {
          for (let channel = 0; channel < 3; channel++) sums[channel]! += rgb[(y * side + x) * 3 + channel]!;
        }
      }
      for (const sum of sums)
        hex += Math.round(sum / (cell * cell))
          .toString(16)
          .padStart(2, '0');
    }
  }
  return hex;
}

/** The grid's cells in CIELAB, flattened (l, a, b per cell): convert once, compare many times. */
export function colorGridLab(grid: string): Float64Array {
  if (!/^[0-9a-f]{96}$/i.test(grid)) throw new RangeError(`not a colour grid: "${grid.slice(0, 20)}…"`);
  const cells = new Float64Array(GRID_SIDE * GRID_SIDE * 3);
  for (let index = 0; index < GRID_SIDE * GRID_SIDE; index++) {
    const at = index * 6;
    const channel = (offset: number) => Number.parseInt(grid.slice(at + offset, at + offset + 2), 16);
    const lab = rgbToLab([channel(0), channel(2), channel(4)]);
    cells.set([lab.l, lab.a, lab.b], index * 3);
  }
  return cells;
}

/** Mean CIE76 ΔE between corresponding cells of two grids in Lab form. */
export function labGridDifference(first: Float64Array, second: Float64Array): number {
  let total = 0;
  for (let index = 0; index < first.length; index += 3) {
    const dl = first[index]! - second[index]!;
    const da = first[index + 1]! - second[index + 1]!;
    const db = first[index + 2]! - second[index + 2]!;
    // Not Math.hypot: it guards against overflow that Lab values cannot reach and is several times slower.
    total += Math.sqrt(dl * dl + da * da + db * db);
  }
  return total / (first.length / 3);
}

/** Mean CIE76 ΔE between corresponding cells: 0 identical, about 2.3 just noticeable. */
export function colorGridDifference(a: string, b: string): number {
  return labGridDifference(colorGridLab(a), colorGridLab(b));
}
