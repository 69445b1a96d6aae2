import type { Box } from '../../world/index.ts';

/** A box as the viewer and the zoom tool take it: [left, top, right, bottom] in image pixels. */
export function pixelBox(box: Box): [number, number, number, number] {
  return [box.x, box.y, box.x + box.width, box.y + box.height];
}

/** The detail-size breakdown key: the asked part's area as a share of the image. */
export function detailBucket(fraction: number): string {
  if (fraction < 0.01) return '<1%';
  if (fraction <= 0.05) return '1-5%';
  return '>5%';
}
