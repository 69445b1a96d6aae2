import type { Box } from '../geometry.ts';
import { boxesIntersect } from './box-math.ts';

/**
 * Where details go when they compete for space. The logo is placed first (its position is an
 * attribute with one right answer); buttons and pockets then avoid it, because a logo drawn over a
 * button would change the button count a viewer sees, and one over a pocket would split the pocket.
 */

/**
 * `count` positions along [start, end], at least `spacing` apart, outside the `avoid` intervals.
 * Buttons are spread evenly over the free stretches, more on the longer ones. If the free stretches
 * cannot hold them all, the obstacles are ignored rather than dropping a button: the count is ground
 * truth and must be drawn.
 */
export function spreadAlong(
  start: number,
  end: number,
  count: number,
  spacing: number,
  avoid: readonly (readonly [number, number])[] = [],
): number[] {
  if (count <= 0) return [];
  let free: [number, number][] = [[start, end]];
  for (const [low, high] of avoid) {
    free = free.flatMap(([a, b]): [number, number][] => {
      if (high <= a || low >= b) return [[a, b]];
      return [
        [a, Math.max(a, low)],
        [Math.min(b, high), b],
      ].filter(([x, y]) => (y as number) - (x as number) > 0) as [number, number][];
    });
  }
  const counts = free.map(() => 0);
  for (let placed = 0; placed < count; placed++) {
    // D'Hondt: the next button goes where it leaves the widest slots, if they stay wide enough.
    let best = -1;
    let bestSlot = 0;
    free.forEach(([a, b], index) => {
      const slot = (b - a) / ((counts[index] as number) + 1);
      if (slot >= spacing && slot > bestSlot) {
        best = index;
        bestSlot = slot;
      }
    });
    if (best < 0) return evenly(start, end, count);
    counts[best] = (counts[best] as number) + 1;
  }
  return free.flatMap(([a, b], index) => {
    const k = counts[index] as number;
    return Array.from({ length: k }, (_, i) => a + ((b - a) * (i + 0.5)) / k);
  });
}

function evenly(start: number, end: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => start + ((end - start) * (index + 0.5)) / count);
}

/**
 * The first `count` candidate slots that overlap neither the obstacles nor each other. Silhouettes
 * list more candidates than they ever need, in order of preference (symmetric pairs first).
 */
export function chooseSlots(
  candidates: readonly Box[],
  count: number,
  avoid: readonly Box[],
  margin = 4,
): Box[] {
  const chosen: Box[] = [];
  for (const candidate of candidates) {
    if (chosen.length === count) break;
    const blocked = [...avoid, ...chosen].some((obstacle) => boxesIntersect(candidate, obstacle, margin));
    if (!blocked) chosen.push(candidate);
  }
  return chosen;
}
