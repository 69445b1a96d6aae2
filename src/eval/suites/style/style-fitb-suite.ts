import { AtelierError } from '../../../core/index.ts';
import { CATEGORY_INFO, type ItemPool, itemIndex, Random, worldItemPool } from '../../../world/index.ts';
import type { EvalSample } from '../../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../../suite.ts';
import { indefinite } from '../answer-words.ts';
import { balancedPosition, LETTERS, placeAnswer } from '../balanced-positions.ts';
import { storeItemImage } from '../item-image.ts';
import { sampleId } from '../sample-id.ts';
import { sampleCount } from '../suite-options.ts';
import { type FitbQuestion, fillInTheBlankCandidates, sampleCompatibleOutfit } from '../world-internals.ts';
import { readStyleConfig, type StyleConfig } from './style-config.ts';

const NAME = 'style-fitb';
const DEFAULT_LIMIT = 200;
const CANDIDATES = 4;
const MAX_ATTEMPTS = 30;

function planQuestion(seed: number, index: number, pool: ItemPool): FitbQuestion {
  const outfitId = `${NAME}-outfit-${String(index).padStart(6, '0')}`;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const random = Random.for(seed, `${NAME}:${index}:${attempt}`);
    const outfit = sampleCompatibleOutfit(random, pool, { id: outfitId });
    if (!outfit) continue;
    const missing = random.int(0, outfit.itemIds.length - 1);
    const question = fillInTheBlankCandidates(random, pool, outfit, missing, CANDIDATES);
    if (question) return question;
  }
  throw new AtelierError('INTERNAL', `could not build fill-in-the-blank question ${index}`, {
    hint: 'Use a larger catalog: --option pool=2000 or more.',
  });
}

async function buildSample(
  context: SuiteContext,
  config: StyleConfig,
  pool: ItemPool,
  index: number,
): Promise<EvalSample> {
  const planned = planQuestion(context.seed, index, pool);
  const position = balancedPosition(context.seed, NAME, index, CANDIDATES);
  const correct = planned.candidates.find((candidate) => candidate.correct)!;
  const ordered = placeAnswer(
    correct,
    planned.candidates.filter((candidate) => !candidate.correct),
    position,
  );
  const item = (id: string) => pool.get(itemIndex(id));
  const context_ = await Promise.all(
    planned.contextItemIds.map((id, at) =>
      storeItemImage(context.store, item(id), config.resolution, `outfit-${at + 1}`),
    ),
  );
  const candidates = await Promise.all(
    ordered.map((candidate, at) =>
      storeItemImage(context.store, item(candidate.itemId), config.resolution, LETTERS[at]!),
    ),
  );
  const noun = CATEGORY_INFO[planned.category].noun;
  const pieces = context_.length;
  const letters = LETTERS.slice(0, CANDIDATES).split('');
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'answer',
    question:
      `Images outfit-1 to outfit-${pieces} show an outfit with one piece missing. ` +
      `Images ${letters.join(', ')} each show ${indefinite(noun)}. Which one completes the outfit best?`,
    images: [...context_.map((entry) => entry.image), ...candidates.map((entry) => entry.image)],
    choices: letters.map((letter) => `the ${noun} in image ${letter}`),
    answer: LETTERS[position]!,
    scorer: 'choice',
    cluster: planned.outfitId,
    difficulty: { category: planned.category, pieces: pieces + 1 },
    expected: {
      outfitId: planned.outfitId,
      category: planned.category,
      contextItemIds: planned.contextItemIds,
      candidates: ordered.map((candidate, at) => ({
        letter: LETTERS[at],
        itemId: candidate.itemId,
        correct: candidate.correct,
        brokenRules: candidate.brokenRules,
        reasons: candidate.reasons,
      })),
    },
  };
}

export const styleFitbSuite: SuiteDefinition = {
  name: NAME,
  description:
    'Fill in the blank (the Polyvore protocol): an outfit missing one piece and four candidates of the same category; each wrong candidate breaks a named compatibility rule.',
  headline: ['accuracy'],
  chance: { accuracy: 1 / CANDIDATES },
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
