import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { patternDefinition, snapTile, wrapOffsets } from './pattern-tile.ts';
import { rasterise } from './pixel-analysis.test-support.ts';

const f32 = Math.fround;

describe('pattern tiles', () => {
  it('snaps every tile to whole device pixels at a whole-pixel origin, as librsvg reads the numbers', () => {
    const random = Random.for(1, 'snap');
    for (let trial = 0; trial < 2000; trial++) {
      const tile = { width: 5 + random.next() * 200, height: 5 + random.next() * 200 };
      // Placements as drawItemFragment writes them: scale to 5 decimals, offsets to 2.
      const placement = {
        scale: Number((0.1 + random.next() * 4).toFixed(5)),
        dx: Number((random.next() * 8000 - 500).toFixed(2)),
        dy: Number((random.next() * 8000 - 500).toFixed(2)),
      };
      const snapped = snapTile(tile, placement);
      const scale = f32(placement.scale);
      for (const [size, stretch] of [
        [snapped.width, snapped.stretchX],
        [snapped.height, snapped.stretchY],
      ] as const) {
        // librsvg: pixels = trunc(size · |scale · stretch|), then a rescale unless that is exact.
        const exact = size * (scale * stretch);
        const pixels = Math.trunc(exact);
        expect(pixels).toBe(Math.max(1, Math.round(size * placement.scale)));
        expect(exact - pixels).toBeLessThan(1e-4 * pixels);
      }
      for (const [offset, shift] of [
        [placement.dx, snapped.shiftX],
        [placement.dy, snapped.shiftY],
      ] as const) {
        const origin = f32(offset) + scale * shift;
        expect(Math.abs(origin - Math.round(origin))).toBeLessThan(1 / 512);
      }
    }
  });

  it('paints a snapped tile pixel for pixel: every repeat is the tile drawn once, unresampled', async () => {
    const tile = {
      width: 17.3,
      height: 23.9,
      content: '<path d="M2 3h9v7h-9z" fill="#ff0000"/><circle cx="12" cy="17" r="4" fill="#0000ff"/>',
    };
    const placement = { scale: 1.23457, dx: 10.37, dy: -4.61 };
    const snapped = snapTile(tile, placement);
    const columns = Math.round(snapped.width * placement.scale);
    const rows = Math.round(snapped.height * placement.scale);
    const document = (body: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="#ffffff"/><g transform="translate(10.37 -4.61) scale(1.23457)">${body}</g></svg>`;
    const tiled = await rasterise(
      document(
        `<defs>${patternDefinition('t', tile, placement)}</defs><rect width="200" height="200" fill="url(#t)"/>`,
      ),
    );
    // The tile's content drawn once, directly, where the second repeat lies: tiles start on the
    // whole pixel nearest the item's origin (10.37, -4.61).
    const repeat = { x: 10 + columns, y: -5 + rows };
    const local = (pixel: number, offset: number) => (pixel - offset) / placement.scale;
    const once = await rasterise(
      document(
        `<g transform="translate(${local(repeat.x, 10.37)} ${local(repeat.y, -4.61)}) scale(${snapped.stretchX} ${snapped.stretchY})"><clipPath id="c"><rect width="${snapped.width}" height="${snapped.height}"/></clipPath><g clip-path="url(#c)">${tile.content}</g></g>`,
      ),
    );
    const at = (image: typeof tiled, x: number, y: number) => {
      const offset = (y * image.width + x) * 3;
      return [image.data[offset], image.data[offset + 1], image.data[offset + 2]].join(',');
    };
    let worst = 0;
    for (let y = repeat.y; y < repeat.y + rows; y++) {
      for (let x = repeat.x; x < repeat.x + columns; x++) {
        for (let channel = 0; channel < 3; channel++) {
          const offset = (y * tiled.width + x) * 3 + channel;
          worst = Math.max(worst, Math.abs(tiled.data[offset]! - once.data[offset]!));
        }
        // And every other repeat is the same pixels.
        expect(at(tiled, x + columns, y)).toBe(at(tiled, x, y));
        expect(at(tiled, x, y + rows)).toBe(at(tiled, x, y));
      }
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('draws a motif again one period over where it crosses an edge, and only there', () => {
    const tile = { width: 50, height: 40 };
    expect(wrapOffsets(tile, 25, 20, 5)).toEqual([[0, 0]]);
    expect(wrapOffsets(tile, 2, 20, 5)).toEqual([
      [0, 0],
      [50, 0],
    ]);
    expect(wrapOffsets(tile, 48, 38, 5)).toEqual([
      [-50, -40],
      [0, -40],
      [-50, 0],
      [0, 0],
    ]);
  });
});
