import { describe, expect, it } from 'vitest';
import { patternDefinition, snapTile } from './pattern-tile.ts';
import { rasterise } from './pixel-analysis.test-support.ts';
import { hatchLines, textureHint, WEAVES, weaveTile } from './textures.ts';

const FABRIC = '#c8b48c';
const frame = { x: 0, y: 0, width: 400, height: 400 };

describe('weave textures', () => {
  it('repeats a tile that paints what its lines would paint across the whole area: no seams', async () => {
    for (const texture of Object.keys(WEAVES) as (keyof typeof WEAVES)[]) {
      const weave = WEAVES[texture];
      const layer = textureHint(texture, FABRIC, 'sheen', frame);
      if (layer?.kind !== 'tile') throw new Error(`${texture} is not a tile`);
      const { tile } = layer;
      expect(tile).toMatchObject(weaveTile(weave));
      // Three repeats each way, drawn once as a tile and once as lines over the whole area, in the
      // same snapped frame (tile pixels are whole, so the two differ only where a seam would be).
      const placement = { scale: 1.5, dx: 3.25, dy: 7.5 };
      const snapped = snapTile(tile, placement);
      const width = 3 * tile.width;
      const height = 3 * tile.height;
      const lines = weave.hatches.map((hatch) => hatchLines(hatch, width, height)).join('');
      const direct = tile.content.replace(/ d="[^"]*"/, ` d="${lines}"`);
      const size = Math.ceil(Math.max(width, height) * 1.6);
      const document = (body: string) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${FABRIC}"/><g transform="translate(3.25 7.5) scale(1.5)">${body}</g></svg>`;
      const tiled = await rasterise(
        document(
          `<defs>${patternDefinition('t', tile, placement)}</defs><rect width="${width}" height="${height}" fill="url(#t)"/>`,
        ),
      );
      const drawn = await rasterise(
        document(
          `<g transform="translate(${snapped.shiftX} ${snapped.shiftY}) scale(${snapped.stretchX} ${snapped.stretchY})"><clipPath id="c"><rect width="${width}" height="${height}"/></clipPath><g clip-path="url(#c)">${direct}</g></g>`,
        ),
      );
      // Compare the middle repeat and its edges, away from the area's own border.
      const x0 = Math.ceil(8 + tile.width * 1.5);
      const y0 = Math.ceil(8 + tile.height * 1.5);
      let worst = 0;
      let inked = 0;
      for (let y = y0; y < y0 + tile.height * 1.5; y++) {
        for (let x = x0; x < x0 + tile.width * 1.5; x++) {
          const offset = (y * size + x) * 3;
          for (let channel = 0; channel < 3; channel++) {
            worst = Math.max(worst, Math.abs(tiled.data[offset + channel]! - drawn.data[offset + channel]!));
          }
          if (tiled.data[offset] !== drawn.data[offset] || tiled.data[offset] !== 0xc8) inked++;
        }
      }
      expect(inked, texture).toBeGreaterThan(50);
      expect(worst, texture).toBeLessThanOrEqual(3);
    }
  });
});
