import type { ItemPool } from '../catalog-pool.ts';
import { roundBox } from '../geometry.ts';
import type { Random } from '../random.ts';
import { itemSvgFragment } from '../render/index.ts';
import type { Scene, SceneObject } from './scene.ts';
import { layoutScene } from './scene-layout.ts';

/**
 * Muted sage tones, each at least 60 RGB units from every palette colour, so that no object's
 * colour (ivory and grey included) can be confused with the floor in a pixel check.
 */
export const SCENE_BACKGROUNDS = ['#aad6b6', '#9ac6ae', '#aedac2', '#a2ceb2'] as const;

export interface ComposedScene {
  scene: Scene;
  svg: string;
}

export interface SceneOptions {
  id: string;
  image: string;
  size: number;
  /** How many objects to try to place; some may not fit. */
  objects?: number;
}

/** k distinct indices below `size` without materialising the whole range (catalogs can be large). */
function distinctIndices(random: Random, size: number, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, size - 1));
  return [...chosen];
}

export function composeScene(random: Random, pool: ItemPool, options: SceneOptions): ComposedScene {
  const { size } = options;
  const count = options.objects ?? random.int(14, 28);
  const boxes = layoutScene(random, { size, count, minFraction: 0.03, maxFraction: 0.22 });
  const background = random.pick(SCENE_BACKGROUNDS);
  const chosen = distinctIndices(random, pool.size, Math.min(boxes.length, pool.size));
  const fragments: string[] = [];
  const objects: SceneObject[] = [];
  chosen.forEach((index, position) => {
    const box = boxes[position]!;
    const item = pool.get(index);
    const { svg, layout } = itemSvgFragment(item, box, `o${position}-`);
    fragments.push(svg);
    objects.push({
      itemId: item.id,
      box: roundBox(layout.item),
      body: roundBox(layout.body),
      relativeSize: Math.round((Math.max(layout.item.width, layout.item.height) / size) * 10000) / 10000,
      logo: layout.logo ? roundBox(layout.logo) : null,
      buttons: layout.buttons.map(roundBox),
      pockets: layout.pockets.map(roundBox),
      attributes: item,
    });
  });
  // A faint floorboard grid gives the scene texture without competing with the objects.
  const gridStep = Math.round(size / 16);
  const grid = `<pattern id="scene-grid" width="${gridStep}" height="${gridStep}" patternUnits="userSpaceOnUse"><path d="M ${gridStep} 0 L 0 0 0 ${gridStep}" fill="none" stroke="#000" stroke-opacity="0.04" stroke-width="${Math.max(1, size / 1024)}"/></pattern>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><defs>${grid}</defs><rect width="${size}" height="${size}" fill="${background}"/><rect width="${size}" height="${size}" fill="url(#scene-grid)"/>${fragments.join('')}</svg>`;
  return {
    scene: { id: options.id, image: options.image, width: size, height: size, background, objects },
    svg,
  };
}
