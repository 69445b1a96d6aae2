import type { ItemPool } from '../catalog-pool.ts';
import type { Random } from '../random.ts';
import { brokenRules, type RuleId, scoreOutfit } from '../rules/index.ts';
import { CATEGORY_INFO, SLOTS, type Slot } from '../vocabulary.ts';
import { drawCandidate, type Picked } from './candidate-draw.ts';
import { makeOutfit, type Outfit } from './outfit.ts';
import type { PoolIndex } from './pool-index.ts';
import { poolIndex } from './pool-index.ts';
import { type OutfitSampleOptions, sampleCompatiblePicks } from './sample-compatible-outfit.ts';

/** Compatible outfits to start from before giving up, and candidates drawn per swapped position. */
const DEFAULT_BASES = 12;
const DRAWS_PER_POSITION = 40;

/**
 * Where replacements come from. A same-slot swap keeps the structure intact, so it can only break
 * the other rules; breaking structure needs an item from another slot (a second bottom where the
 * shoes were, a dress beside a top). The slot lists of the whole pool are used, not the base's
 * style, because most breaks need an item that does not fit.
 */
function replacementSlots(slot: Slot, breakRule: RuleId): Slot[] {
  if (breakRule !== 'structure') return [slot];
  return SLOTS.filter((other) => other !== slot);
}

function swapBreaking(
  random: Random,
  pool: ItemPool,
  index: PoolIndex,
  base: readonly Picked[],
  breakRule: RuleId,
): Picked[] | undefined {
  const taken = new Set(base.map((picked) => picked.position));
  for (const position of random.shuffle(base.map((_, at) => at))) {
    const slot = CATEGORY_INFO[base[position]!.item.category].slot;
    const sources = replacementSlots(slot, breakRule).filter((source) => index.bySlot[source].length > 0);
    if (sources.length === 0) continue;
    for (let draw = 0; draw < DRAWS_PER_POSITION; draw++) {
      const source = index.bySlot[random.pick(sources)];
      const swapped = drawCandidate(
        random,
        pool,
        source,
        1,
        (candidate) => !taken.has(candidate),
        (item) => {
          const items = base.map((picked, at) => (at === position ? item : picked.item));
          const broken = brokenRules(scoreOutfit(items));
          return broken.length === 1 && broken[0] === breakRule;
        },
      );
      if (swapped) return base.map((picked, at) => (at === position ? swapped : picked));
    }
  }
  return undefined;
}

/**
 * A deliberately wrong outfit: a compatible one with a single item swapped so that exactly
 * `breakRule` fails and every other rule still passes, so the outfit is wrong for one nameable
 * reason. Returns null when no such swap turns up within the bounded attempts.
 */
export function sampleIncompatibleOutfit(
  random: Random,
  pool: ItemPool,
  breakRule: RuleId,
  options: OutfitSampleOptions & { bases?: number } = {},
): Outfit | null {
  const index = poolIndex(pool);
  for (let attempt = 0; attempt < (options.bases ?? DEFAULT_BASES); attempt++) {
    const base = sampleCompatiblePicks(random, pool, options);
    if (!base) return null;
    const broken = swapBreaking(random, pool, index, base, breakRule);
    if (broken) {
      return makeOutfit(
        broken.map((picked) => picked.item),
        options.id,
      );
    }
  }
  return null;
}
