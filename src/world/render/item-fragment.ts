import { AtelierError } from '../../core/index.ts';
import type { Box } from '../geometry.ts';
import type { Item } from '../item.ts';
import { CATEGORY_INFO } from '../vocabulary.ts';
import { outwardBox, type Placement, placeBox } from './box-math.ts';
import { ItemDrawing } from './item-drawing.ts';
import { SILHOUETTE_RENDERERS } from './silhouettes/index.ts';
import { formatNumber, ID_PREFIX_PATTERN } from './svg-markup.ts';

/**
 * Where things are in a rendered item, in the coordinates of the enclosing document, rounded out to
 * whole pixels. These boxes are the ground truth for detail questions ("how many buttons?", "where is
 * the logo?"), so they come from the geometry that was drawn, not from an estimate.
 */
export interface ItemLayout {
  /** Everything drawn for the item, outlines included. */
  item: Box;
  /** The garment's main panel: logo positions are its thirds (top-left is its top-left cell). */
  body: Box;
  logo?: Box;
  buttons: Box[];
  pockets: Box[];
  /** The fill colour of the pockets (a derived tone, not a palette colour), so they can be found in pixels. */
  pocketColor: string;
}

export interface ItemFragment {
  /** A <g> element, with its own <defs>, ready to paste into a larger SVG. */
  svg: string;
  layout: ItemLayout;
}

function checkBox(box: Box): void {
  const values = [box.x, box.y, box.width, box.height];
  if (!values.every(Number.isFinite) || box.width <= 0 || box.height <= 0) {
    throw new AtelierError('INVALID_ARGUMENT', `cannot draw an item into box ${JSON.stringify(box)}`, {
      hint: 'Pass a box with finite coordinates and a positive width and height.',
    });
  }
}

/**
 * Draws `item` centred in `box` at the largest scale at which its category's frame fits. Every id in
 * the fragment starts with `idPrefix`, so many items can share one document. The frame is fixed per
 * category, so within a category sizes compare: a mini skirt is drawn shorter than a maxi skirt.
 */
export function itemSvgFragment(item: Item, box: Box, idPrefix: string): ItemFragment {
  return drawItemFragment(item, box, idPrefix, 1);
}

/**
 * As itemSvgFragment, but an item smaller than its frame may be enlarged up to `maxZoom` times to
 * fill the box: a product shot of a mini skirt should show the skirt, not a wide empty margin.
 */
export function drawItemFragment(item: Item, box: Box, idPrefix: string, maxZoom: number): ItemFragment {
  if (!ID_PREFIX_PATTERN.test(idPrefix)) {
    throw new AtelierError('INVALID_ARGUMENT', `id prefix "${idPrefix}" is not usable in an SVG id`, {
      hint: 'Use letters, digits, "_" and "-", starting with a letter, for example "item3-".',
    });
  }
  checkBox(box);
  const renderer = SILHOUETTE_RENDERERS[CATEGORY_INFO[item.category].silhouette];
  const frame = renderer.frame(item);
  const drawing = new ItemDrawing(item, idPrefix, frame);
  renderer.draw(drawing);
  const extent = drawing.extent;
  // The frame sets the scale (so sizes compare within a category); the drawn extent is what gets
  // centred. Taking the larger of the two keeps an item inside its box even if it overflows its frame.
  const frameScale = Math.min(
    box.width / Math.max(frame.width, extent.width),
    box.height / Math.max(frame.height, extent.height),
  );
  const fillScale = Math.min(box.width / extent.width, box.height / extent.height);
  const scale = Math.min(fillScale, frameScale * maxZoom);
  // Rounded as the transform writes them, so that pattern tiles snap to the pixels actually drawn.
  const writtenScale = Number(scale.toFixed(5));
  const placement: Placement = {
    scale: writtenScale,
    dx: Number(formatNumber(box.x + box.width / 2 - writtenScale * (extent.x + extent.width / 2))),
    dy: Number(formatNumber(box.y + box.height / 2 - writtenScale * (extent.y + extent.height / 2))),
  };
  const place = (local: Box) => outwardBox(placeBox(local, placement));
  const transform = `translate(${formatNumber(placement.dx)} ${formatNumber(placement.dy)}) scale(${scale.toFixed(5)})`;
  const content = drawing.toSvg(placement);
  const layout: ItemLayout = {
    item: place(extent),
    body: place(drawing.body),
    buttons: drawing.buttons.map(place),
    pockets: drawing.pockets.map(place),
    pocketColor: drawing.tones.pocket,
  };
  if (drawing.logo) layout.logo = place(drawing.logo);
  return { svg: `<g transform="${transform}">${content}</g>`, layout };
}
