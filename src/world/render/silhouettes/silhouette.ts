import type { Item } from '../../item.ts';
import type { Frame, ItemDrawing } from '../item-drawing.ts';

/**
 * One drawing template per silhouette. The frame is fixed per category (not per item), so that within
 * a category sizes are comparable: a mini skirt is drawn shorter than a maxi at the same scale, rather
 * than being stretched to fill the picture.
 */
export interface SilhouetteRenderer {
  frame(item: Item): Frame;
  draw(drawing: ItemDrawing): void;
}
