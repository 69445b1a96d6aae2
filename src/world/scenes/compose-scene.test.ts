import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { worldItemPool } from '../catalog-pool.ts';
import { hexToRgb, type Rgb } from '../color-science.ts';
import { boxesOverlap } from '../geometry.ts';
import { PALETTE } from '../palette.ts';
import { Random } from '../random.ts';
import { svgToPng } from '../render/index.ts';
import { composeScene, SCENE_BACKGROUNDS } from './compose-scene.ts';
import { sceneSchema } from './scene.ts';

const pool = worldItemPool(4, 400);

describe('composeScene', () => {
  const { scene, svg } = composeScene(Random.for(4, 'scene:0'), pool, {
    id: 'scene-0001',
    image: 'x.png',
    size: 2048,
  });

  it('places objects inside the canvas without overlaps, with valid ground truth', () => {
    expect(sceneSchema.safeParse(scene).success).toBe(true);
    expect(scene.objects.length).toBeGreaterThanOrEqual(8);
    for (const [index, object] of scene.objects.entries()) {
      expect(object.box.x).toBeGreaterThanOrEqual(0);
      expect(object.box.x + object.box.width).toBeLessThanOrEqual(2048);
      expect(object.box.y + object.box.height).toBeLessThanOrEqual(2048);
      for (const other of scene.objects.slice(index + 1))
        expect(boxesOverlap(object.box, other.box)).toBe(false);
      if (object.logo) expect(boxesOverlap(object.logo, object.body)).toBe(true);
      expect(object.buttons).toHaveLength(object.attributes.parts.buttons ?? 0);
    }
    // Small objects are what a detail scene is for.
    expect(Math.min(...scene.objects.map((object) => object.relativeSize))).toBeLessThan(0.08);
  });

  it('renders each object where its box says: the box is not background, its surroundings are', async () => {
    const { data, info } = await sharp(await svgToPng(svg))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const background = hexToRgb(scene.background);
    const pixel = (x: number, y: number): Rgb => {
      const offset = (y * info.width + x) * 3;
      return [data[offset]!, data[offset + 1]!, data[offset + 2]!];
    };
    const isBackground = ([r, g, b]: Rgb) =>
      Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) < 40;
    for (const object of scene.objects) {
      let covered = 0;
      const { x, y, width, height } = object.body;
      for (let step = 0; step < 25; step++) {
        const px = Math.floor(x + ((step % 5) + 0.5) * (width / 5));
        const py = Math.floor(y + (Math.floor(step / 5) + 0.5) * (height / 5));
        if (!isBackground(pixel(px, py))) covered++;
      }
      // Bags have handle holes and hats a crown narrower than the brim: a third of the body is ample.
      expect(covered, object.itemId).toBeGreaterThanOrEqual(8);
      // Layout keeps a 1% margin between objects, so just outside the item's box is floor.
      const box = object.box;
      for (const [px, py] of [
        [box.x - 5, box.y - 5],
        [box.x + box.width + 4, box.y - 5],
        [box.x - 5, box.y + box.height + 4],
        [box.x + box.width + 4, box.y + box.height + 4],
      ] as const) {
        if (px < 0 || py < 0 || px >= info.width || py >= info.height) continue;
        expect(isBackground(pixel(px, py)), `${object.itemId} at ${px},${py}`).toBe(true);
      }
    }
  });

  it('uses backgrounds far from every palette colour', () => {
    for (const hex of SCENE_BACKGROUNDS) {
      const background = hexToRgb(hex);
      for (const color of Object.values(PALETTE)) {
        const rgb = hexToRgb(color.hex);
        expect(
          Math.hypot(rgb[0] - background[0], rgb[1] - background[1], rgb[2] - background[2]),
        ).toBeGreaterThan(60);
      }
    }
  });
});
