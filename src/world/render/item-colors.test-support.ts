import type { Item } from '../item.ts';
import { type ItemLayout, itemSvgFragment } from './item-fragment.ts';
import {
  type Component,
  classify,
  components,
  erode,
  maskOf,
  type RasterImage,
  rasterise,
} from './pixel-analysis.test-support.ts';
import { renderItem, svgDocument } from './product-shot.ts';
import { itemTones, PRODUCT_BACKGROUND } from './tones.ts';

/**
 * Test support: every colour an item's product shot may contain, by role, so pixels can be classified
 * to the role they belong to (see pixel-analysis.test-support.ts).
 */
export type ColorRole =
  | 'background'
  | 'fabric'
  | 'pattern'
  | 'hardware'
  | 'logo'
  | 'stitching'
  | 'outline'
  | 'shade'
  | 'trim'
  | 'pocket'
  | 'sole';

export interface ItemColorKey {
  roles: ColorRole[];
  colors: string[];
  /** The label classify() gives pixels of this role, or -1 when the item does not use it. */
  label(role: ColorRole): number;
}

export function itemColorKey(item: Item): ItemColorKey {
  const tones = itemTones(item);
  const entries: [ColorRole, string | null][] = [
    ['background', PRODUCT_BACKGROUND],
    ['fabric', tones.fabric],
    ['pattern', tones.pattern],
    ['hardware', tones.hardware],
    ['logo', tones.logo],
    ['stitching', tones.stitching],
    ['outline', tones.outline],
    ['shade', tones.shade],
    ['trim', tones.trim],
    ['pocket', tones.pocket],
    ['sole', tones.sole],
  ];
  const present = entries.filter((entry): entry is [ColorRole, string] => entry[1] !== null);
  const roles = present.map(([role]) => role);
  return { roles, colors: present.map(([, color]) => color), label: (role) => roles.indexOf(role) };
}

export interface AnalysedShot {
  image: RasterImage;
  labels: Uint8Array;
  key: ItemColorKey;
  layout: ItemLayout;
  /** Cores (eroded, at least `minArea` pixels) of the regions drawn in one role's colour. */
  regions(role: ColorRole, minArea?: number): Component[];
  /** Every pixel of one role's colour. */
  mask(role: ColorRole): Uint8Array;
}

/**
 * Renders the product shot, decodes it and classifies every pixel by colour role. With `fixedScale`
 * the item is drawn at its category's fixed scale (as in scenes and flat-lays) instead of the product
 * shot's enlargement, so sizes of two variants of a category compare directly.
 */
export async function analyseShot(
  item: Item,
  options: { size?: number; fixedScale?: boolean } = {},
): Promise<AnalysedShot> {
  const size = options.size ?? 512;
  const { svg, layout } = options.fixedScale ? fixedScaleShot(item, size) : renderItem(item, { size });
  const image = await rasterise(svg);
  const key = itemColorKey(item);
  // Outside the item's own box there is only background (another test checks exactly that).
  const labels = classify(image, key.colors, 24, layout.item, key.label('background'));
  const mask = (role: ColorRole) => maskOf(labels, key.label(role));
  return {
    image,
    labels,
    key,
    layout,
    mask,
    regions: (role, minArea = 3) =>
      components(erode(mask(role), image.width, image.height), image.width, image.height, minArea),
  };
}

function fixedScaleShot(item: Item, size: number): { svg: string; layout: ItemLayout } {
  const margin = size * 0.07;
  const box = { x: margin, y: margin, width: size - 2 * margin, height: size - 2 * margin };
  const { svg, layout } = itemSvgFragment(item, box, 'item-');
  return { svg: svgDocument(size, svg), layout };
}
