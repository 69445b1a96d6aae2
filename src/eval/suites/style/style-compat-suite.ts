import { AtelierError } from '../../../core/index.ts';
import {
  type ItemPool,
  itemIndex,
  type Outfit,
  Random,
  type RuleId,
  worldItemPool,
} from '../../../world/index.ts';
import type { EvalSample } from '../../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../../suite.ts';
import { balancedYes } from '../balanced-positions.ts';
import { storeItemImage } from '../item-image.ts';
import { sampleId } from '../sample-id.ts';
import { sampleCount } from '../suite-options.ts';
import { RULE_IDS, sampleCompatibleOutfit, sampleIncompatibleOutfit } from '../world-internals.ts';
import { readStyleConfig, type StyleConfig } from './style-config.ts';

const NAME = 'style-compat';
const DEFAULT_LIMIT = 200;
const MAX_ATTEMPTS = 30;

/**
 * Samples come in twos, one compatible and one not (which is first is seeded), so any even number of
 * samples is exactly half yes. The incompatible ones take the rules in turn, so every rule breaks
 * equally often and the breakdown by rule has comparable counts.
 */
function brokenRuleFor(seed: number, index: number): RuleId {
  const block = Math.floor(index / 2);
  const cycle = Math.floor(block / RULE_IDS.length);
  return Random.for(seed, `${NAME}:rules:${cycle}`).shuffle(RULE_IDS)[block % RULE_IDS.length]!;
}

function planOutfit(seed: number, index: number, pool: ItemPool, rule: RuleId | undefined): Outfit {
  const id = `${NAME}-outfit-${String(index).padStart(6, '0')}`;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const random = Random.for(seed, `${NAME}:${index}:${attempt}`);
    const outfit = rule
      ? sampleIncompatibleOutfit(random, pool, rule, { id })
      : sampleCompatibleOutfit(random, pool, { id });
    if (outfit) return outfit;
  }
  throw new AtelierError(
    'INTERNAL',
    `could not build ${rule ? `an outfit breaking ${rule}` : 'a compatible outfit'} for sample ${index}`,
    {
      hint: 'Use a larger catalog: --option pool=2000 or more.',
    },
  );
}

async function buildSample(
  context: SuiteContext,
  config: StyleConfig,
  pool: ItemPool,
  index: number,
): Promise<EvalSample> {
  const compatible = balancedYes(context.seed, NAME, index);
  const rule = compatible ? undefined : brokenRuleFor(context.seed, index);
  const outfit = planOutfit(context.seed, index, pool, rule);
  // The swapped item keeps its place in the outfit; shuffling keeps the place from telling.
  const itemIds = Random.for(context.seed, `${NAME}:order:${index}`).shuffle(outfit.itemIds);
  const stored = await Promise.all(
    itemIds.map((id, at) =>
      storeItemImage(context.store, pool.get(itemIndex(id)), config.resolution, `item-${at + 1}`),
    ),
  );
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'answer',
    question:
      `Images item-1 to item-${itemIds.length} are the pieces of one outfit. ` +
      'Do they go together as a compatible outfit (colours, formality, patterns, season and style)?',
    images: stored.map((entry) => entry.image),
    answer: compatible ? 'yes' : 'no',
    scorer: 'yes-no',
    cluster: outfit.id,
    difficulty: { rule: rule ?? 'none', pieces: itemIds.length },
    expected: {
      outfitId: outfit.id,
      compatible,
      itemIds,
      brokenRules: outfit.brokenRules,
      reasons: outfit.assessment.rules.filter((outcome) => !outcome.passed).map((outcome) => outcome.message),
    },
  };
}

export const styleCompatSuite: SuiteDefinition = {
  name: NAME,
  description:
    'Is this outfit compatible? Half the outfits pass every rule, half break exactly one named rule (colour harmony, formality, pattern mixing, season, style coherence or structure); scored by AUC and accuracy.',
  headline: ['auc', 'accuracy'],
  chance: { auc: 0.5, accuracy: 0.5 },
  defaultLimit: DEFAULT_LIMIT,
  count(context) {
    readStyleConfig(NAME, context.options);
    return sampleCount(NAME, context.limit, DEFAULT_LIMIT);
  },
  async *samples(context) {
    const config = readStyleConfig(NAME, context.options);
    const total = sampleCount(NAME, context.limit, DEFAULT_LIMIT);
    const pool = worldItemPool(context.seed, config.poolSize);
    for (let index = 0; index < total; index++) yield await buildSample(context, config, pool, index);
  },
};
