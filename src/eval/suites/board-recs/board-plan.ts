import {
  ARCHETYPES,
  type Archetype,
  type Board,
  type Item,
  type ItemPool,
  Random,
} from '../../../world/index.ts';
import { dominantArchetype, sampleBoard } from '../world-internals.ts';

/**
 * The candidates a ranking sample offers, by relevance: how many share the board's dominant
 * archetype (grade 2) and its secondary one (grade 1). Users take these compositions in turn, pure
 * and mixed tastes alternating, so the suite's chance level follows from the cycle exactly.
 */
export const COMPOSITIONS = [
  { pure: true, dominant: 2, secondary: 0 },
  { pure: false, dominant: 1, secondary: 1 },
  { pure: true, dominant: 3, secondary: 0 },
  { pure: false, dominant: 2, secondary: 1 },
  { pure: true, dominant: 4, secondary: 0 },
  { pure: false, dominant: 2, secondary: 2 },
] as const;
export const CANDIDATE_COUNT = 10;
const MAX_DRAWS = 50_000;

export interface BoardPlan {
  board: Board;
  dominant: Archetype;
  secondary: Archetype | undefined;
  candidates: { id: string; item: Item; grade: number }[];
}

/**
 * The latent taste of user `user`: the dominant archetypes are dealt in seeded cycles of nine, so
 * every archetype is the answer of the aesthetic question equally often.
 */
function tasteFor(
  seed: number,
  suite: string,
  user: number,
): { taste: Board['taste']; dominant: Archetype; secondary?: Archetype } {
  const composition = COMPOSITIONS[user % COMPOSITIONS.length]!;
  const cycle = Math.floor(user / ARCHETYPES.length);
  const dominant = Random.for(seed, `${suite}:tastes:${cycle}`).shuffle(ARCHETYPES)[
    user % ARCHETYPES.length
  ]!;
  if (composition.pure) return { taste: { [dominant]: 1 }, dominant };
  const random = Random.for(seed, `${suite}:taste:${user}`);
  const secondary = random.pick(ARCHETYPES.filter((archetype) => archetype !== dominant));
  const weight = Math.round(random.float(0.6, 0.8) * 100) / 100;
  return {
    taste: { [dominant]: weight, [secondary]: Math.round((1 - weight) * 100) / 100 },
    dominant,
    secondary,
  };
}

/** Grade of an item for a taste: by the item's own dominant archetype. */
export function gradeFor(item: Item, dominant: Archetype, secondary: Archetype | undefined): number {
  const style = dominantArchetype(item.archetypes);
  if (style === dominant) return 2;
  if (secondary !== undefined && style === secondary) return 1;
  return 0;
}

export function planBoard(
  seed: number,
  suite: string,
  user: number,
  pool: ItemPool,
  boardSize: number,
): BoardPlan {
  const { taste, dominant, secondary } = tasteFor(seed, suite, user);
  const board = sampleBoard(Random.for(seed, `${suite}:board:${user}`), pool, `user-${user}`, {
    size: boardSize,
    taste,
  });
  const composition = COMPOSITIONS[user % COMPOSITIONS.length]!;
  const wanted = new Map<number, number>([
    [2, composition.dominant],
    [1, composition.secondary],
    [0, CANDIDATE_COUNT - composition.dominant - composition.secondary],
  ]);
  const random = Random.for(seed, `${suite}:candidates:${user}`);
  const taken = new Set(board.itemIds);
  const chosen: { item: Item; grade: number }[] = [];
  for (let draw = 0; draw < MAX_DRAWS && chosen.length < CANDIDATE_COUNT; draw++) {
    const item = pool.get(random.int(0, pool.size - 1));
    if (taken.has(item.id)) continue;
    const grade = gradeFor(item, dominant, secondary);
    const left = wanted.get(grade) ?? 0;
    if (left === 0) continue;
    wanted.set(grade, left - 1);
    taken.add(item.id);
    chosen.push({ item, grade });
  }
  const candidates = random
    .shuffle(chosen)
    .map((entry, at) => ({ id: `c-${String(at + 1).padStart(2, '0')}`, ...entry }));
  return { board, dominant, secondary, candidates };
}
