import { Random } from '../../world/index.ts';

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Where the right answer goes among `count` options for the `ordinal`-th multiple-choice sample of
 * a suite. Ordinals are dealt in cycles of 2 × count: within a cycle every position is the answer
 * exactly twice, so any multiple of 2 × count samples is exactly balanced, and the order inside a
 * cycle is seeded so no pattern is there to learn. A cycle is n position pairs (π[j], π[j + s]) with
 * s ≠ 0, so ordinals 2m and 2m + 1 (the two samples of a minimal pair sharing one option list)
 * always get different positions.
 */
export function balancedPosition(seed: number, label: string, ordinal: number, count: number): number {
  if (count < 2) return 0;
  const cycleLength = 2 * count;
  const cycle = Math.floor(ordinal / cycleLength);
  const random = Random.for(seed, `${label}:positions:${cycle}`);
  const order = random.shuffle(Array.from({ length: count }, (_, index) => index));
  const shift = random.int(1, count - 1);
  const within = ordinal % cycleLength;
  const pair = Math.floor(within / 2);
  return within % 2 === 0 ? order[pair]! : order[(pair + shift) % count]!;
}

/** Yes for exactly one of each two consecutive ordinals, which one seeded: half yes over any even count. */
export function balancedYes(seed: number, label: string, ordinal: number): boolean {
  const block = Math.floor(ordinal / 2);
  const first = Random.for(seed, `${label}:yes-no:${block}`).chance(0.5);
  return ordinal % 2 === 0 ? first : !first;
}

/** The distractors in their seeded order with the answer inserted at `position`. */
export function placeAnswer<T>(answer: T, distractors: readonly T[], position: number): T[] {
  const options = [...distractors];
  options.splice(position, 0, answer);
  return options;
}
