import type { ItemPool } from '../catalog-pool.ts';
import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { brokenRules, patternWeight, type RuleId, scoreOutfit } from '../rules/index.ts';
import { CATEGORY_INFO, SLOTS, type Slot } from '../vocabulary.ts';
import { keepsFormality, keepsSeason, type Picked, scanCandidates } from './candidate-draw.ts';
import { makeOutfit, type Outfit } from './outfit.ts';
import { type PoolIndex, poolIndex } from './pool-index.ts';
import { type OutfitSampleOptions, sampleCompatiblePicks } from './sample-compatible-outfit.ts';

/** Compatible outfits to start from before giving up, and items regenerated per swapped position. */
const DEFAULT_BASES = 12;
const GETS_PER_POSITION = 40;

/**
 * Where replacements come from. A same-slot swap keeps the structure intact, so it can only break
 * the other rules; breaking structure needs an item from another slot (a second bottom where the
 * shoes were, a dress beside a top). The whole slot is searched, not the base's style, because most
 * breaks need an item that does not fit.
 */
function replacementList(index: PoolIndex, slot: Slot, breakRule: RuleId): Int32Array {
  if (breakRule !== 'structure') return index.bySlot[slot];
  const others = SLOTS.filter((other) => other !== slot).map((other) => index.bySlot[other]);
  return Int32Array.from(others.flatMap((list) => [...list]));
}

/**
 * The index-byte test for a replacement: it must break the target rule where the bytes can tell
 * (formality, season, a bold pattern beside another) and must not break formality or season when
 * those are not the target, since the swap has to break exactly one rule.
 */
function hopefulFor(
  index: PoolIndex,
  rest: readonly Item[],
  breakRule: RuleId,
): (position: number) => boolean {
  const restHasBold = rest.some((item) => patternWeight(item.pattern).bold);
  return (position) => {
    const formality = keepsFormality(index, rest, position);
    const season = keepsSeason(index, rest, position);
    switch (breakRule) {
      case 'formality-spread':
        return !formality && season;
      case 'season':
        return formality && !season;
      case 'pattern-mixing':
        return formality && season && restHasBold && index.pattern[position]! > 0;
      default:
        return formality && season;
    }
  };
}

function swapBreaking(
  random: Random,
  pool: ItemPool,
  index: PoolIndex,
  base: readonly Picked[],
  breakRule: RuleId,
): Picked[] | undefined {
  const taken = new Set(base.map((picked) => picked.position));
  for (const at of random.shuffle(base.map((_, position) => position))) {
    const rest = base.filter((_, position) => position !== at).map((picked) => picked.item);
    const slot = CATEGORY_INFO[base[at]!.item.category].slot;
    const byBytes = hopefulFor(index, rest, breakRule);
    const swapped = scanCandidates(
      random,
      pool,
      replacementList(index, slot, breakRule),
      GETS_PER_POSITION,
      (position) => !taken.has(position) && byBytes(position),
      (item) => {
        const broken = brokenRules(scoreOutfit([...rest, item]));
        return broken.length === 1 && broken[0] === breakRule;
      },
    );
    if (swapped) return base.map((picked, position) => (position === at ? swapped : picked));
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
