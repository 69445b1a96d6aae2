/**
 * The world's renderer: parametric SVG for every silhouette, product shots, flat-lays, fragments for
 * larger scenes, and PNG encoding.
 */
export { type ItemFragment, type ItemLayout, itemSvgFragment } from './item-fragment.ts';
export { renderOutfit, renderOutfitSvg } from './outfit.ts';
export { svgToPng, svgToPngFile } from './png.ts';
export { type RenderOptions, renderItem, renderItemSvg } from './product-shot.ts';
export { PRODUCT_BACKGROUND } from './tones.ts';
