/** An axis-aligned box in pixels: x and y are the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxCenter(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function boxesOverlap(first: Box, second: Box, margin = 0): boolean {
  return !(
    first.x + first.width + margin <= second.x ||
    second.x + second.width + margin <= first.x ||
    first.y + first.height + margin <= second.y ||
    second.y + second.height + margin <= first.y
  );
}

/** Rounds a box to whole pixels so that JSON ground truth is stable and readable. */
export function roundBox(box: Box): Box {
  return {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}
