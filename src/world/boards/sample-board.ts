import type { ItemPool } from '../catalog-pool.ts';
import type { ArchetypeMixture } from '../item.ts';
import type { Random } from '../random.ts';
import { ARCHETYPES } from '../vocabulary.ts';
import { BACKGROUND_MIXTURE, mixtureLogLikelihood } from './archetype-likelihood.ts';
import type { Board } from './board.ts';

export interface BoardOptions {
  /** Items on the board. */
  size?: number;
  /** The latent taste; drawn with `sampleTaste` when absent. */
  taste?: ArchetypeMixture;
  /** Candidates examined per saved item; more makes boards follow the taste more closely. */
  candidatesPerItem?: number;
}

const DEFAULT_SIZE = 20;
const DEFAULT_CANDIDATES_PER_ITEM = 12;
/** Half of users have one archetype; the rest lean 60–80% to a primary, like the items themselves. */
const PURE_TASTE_SHARE = 0.5;

export function sampleTaste(random: Random): ArchetypeMixture {
  const primary = random.pick(ARCHETYPES);
  if (random.chance(PURE_TASTE_SHARE)) return { [primary]: 1 };
  const secondary = random.pick(ARCHETYPES.filter((archetype) => archetype !== primary));
  const weight = Math.round(random.float(0.6, 0.8) * 100) / 100;
  return { [primary]: weight, [secondary]: Math.round((1 - weight) * 100) / 100 };
}

function distinctPositions(random: Random, size: number, count: number): number[] {
  const all = Array.from({ length: size }, (_, position) => position);
  if (count * 2 >= size) return random.sample(all, Math.min(count, size));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(0, size - 1));
  return [...chosen];
}

/**
 * A board is sampling-importance-resampling from the catalog: draw candidates from the pool (which
 * is distributed like the background, every archetype alike), weight each by how much likelier it is
 * under the taste than under the background, and keep `size` of them without replacement
 * (Efraimidis–Spirakis keys, log(u) / weight, largest first). The saved items are then distributed
 * roughly as the taste's own items would be, without generating any item from the taste directly.
 */
export function sampleBoard(
  random: Random,
  pool: ItemPool,
  userId: string,
  options: BoardOptions = {},
): Board {
  const size = Math.min(options.size ?? DEFAULT_SIZE, pool.size);
  const taste = options.taste ?? sampleTaste(random);
  const candidateCount = Math.min(
    pool.size,
    size * (options.candidatesPerItem ?? DEFAULT_CANDIDATES_PER_ITEM),
  );
  const keyed = distinctPositions(random, pool.size, candidateCount).map((position) => {
    const item = pool.get(position);
    const logRatio = mixtureLogLikelihood(item, taste) - mixtureLogLikelihood(item, BACKGROUND_MIXTURE);
    // log(u) / w with w = exp(logRatio), kept in log space so that large ratios cannot overflow.
    const key = Math.log(Math.max(random.next(), Number.MIN_VALUE)) * Math.exp(-logRatio);
    return { id: item.id, key };
  });
  keyed.sort((first, second) => second.key - first.key);
  return { userId, taste, itemIds: keyed.slice(0, size).map((entry) => entry.id) };
}
