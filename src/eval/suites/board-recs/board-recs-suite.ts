import { AtelierError } from '../../../core/index.ts';
import {
  ARCHETYPE_PROFILES,
  ARCHETYPES,
  type ItemPool,
  itemIndex,
  Random,
  worldItemPool,
} from '../../../world/index.ts';
import type { EvalSample, SampleImage } from '../../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../../suite.ts';
import { balancedPosition, LETTERS, placeAnswer } from '../balanced-positions.ts';
import { storeItemImage } from '../item-image.ts';
import { sampleId } from '../sample-id.ts';
import { SuiteOptions, sampleCount } from '../suite-options.ts';
import { type BoardPlan, CANDIDATE_COUNT, COMPOSITIONS, planBoard } from './board-plan.ts';
import { expectedRandomHit, expectedRandomNdcg } from './ranking-chance.ts';

const NAME = 'board-recs';
const DEFAULT_LIMIT = 200;
/** Board items shown to the model; boards may hold more. */
const SHOWN = 8;

interface BoardConfig {
  resolution: number;
  poolSize: number;
  boardSize: number;
  distractors: number;
}

function readConfig(options: SuiteContext['options']): BoardConfig {
  const reader = new SuiteOptions(NAME, options, ['resolution', 'pool', 'boardSize', 'distractors']);
  return {
    resolution: reader.integer('resolution', 256, 64, 2048),
    poolSize: reader.integer('pool', 2000, 500, 1_000_000),
    boardSize: reader.integer('boardSize', 8, 3, 40),
    distractors: reader.integer('distractors', 3, 1, ARCHETYPES.length - 2),
  };
}

/** Chance rows, averaged over one cycle of compositions: exact for any multiple of 12 samples. */
function chanceRows(): Record<string, number> {
  const rows = COMPOSITIONS.map((composition) => {
    const grades = [
      ...Array.from({ length: composition.dominant }, () => 2),
      ...Array.from({ length: composition.secondary }, () => 1),
      ...Array.from({ length: CANDIDATE_COUNT - composition.dominant - composition.secondary }, () => 0),
    ];
    const relevant = composition.dominant + composition.secondary;
    return {
      ndcg: expectedRandomNdcg(grades, 10),
      hit5: expectedRandomHit(CANDIDATE_COUNT, relevant, 5),
      hit1: relevant / CANDIDATE_COUNT,
    };
  });
  const mean = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
  return {
    'ndcg@10': mean((row) => row.ndcg),
    'hit@5': mean((row) => row.hit5),
    // Samples alternate: ranking samples count hit@1 as correct, aesthetic ones name 1 of 4.
    accuracy: (mean((row) => row.hit1) + 0.25) / 2,
  };
}

async function boardImages(context: SuiteContext, config: BoardConfig, plan: BoardPlan, pool: ItemPool) {
  const shown = plan.board.itemIds.slice(0, SHOWN);
  return Promise.all(
    shown.map(async (id, at) => {
      const item = pool.get(itemIndex(id));
      return (await storeItemImage(context.store, item, config.resolution, `board-${at + 1}`)).image;
    }),
  );
}

async function rankingSample(
  context: SuiteContext,
  config: BoardConfig,
  index: number,
  plan: BoardPlan,
  board: SampleImage[],
): Promise<EvalSample> {
  const candidates = await Promise.all(
    plan.candidates.map(
      async (candidate) =>
        (await storeItemImage(context.store, candidate.item, config.resolution, candidate.id)).image,
    ),
  );
  const ideal = [...plan.candidates].sort(
    (first, second) => second.grade - first.grade || (first.id < second.id ? -1 : 1),
  );
  const relevant = plan.candidates.filter((candidate) => candidate.grade > 0).length;
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'answer',
    question:
      `Images board-1 to board-${board.length} are items a user saved to their board. ` +
      `Images ${plan.candidates[0]!.id} to ${plan.candidates.at(-1)!.id} are candidate items. ` +
      "Rank the candidates by how well they match this user's taste, best first.",
    images: [...board, ...candidates],
    choices: plan.candidates.map((candidate) => candidate.id),
    answer: ideal.map((candidate) => candidate.id).join(', '),
    scorer: 'ranking',
    cluster: plan.board.userId,
    difficulty: { task: 'ranking', taste: plan.secondary ? 'mixed' : 'pure', relevant },
    expected: {
      relevance: Object.fromEntries(plan.candidates.map((candidate) => [candidate.id, candidate.grade])),
      userId: plan.board.userId,
      taste: plan.board.taste,
      boardItemIds: plan.board.itemIds,
      candidateItemIds: Object.fromEntries(
        plan.candidates.map((candidate) => [candidate.id, candidate.item.id]),
      ),
    },
  };
}

function aestheticSample(
  context: SuiteContext,
  config: BoardConfig,
  index: number,
  plan: BoardPlan,
  board: SampleImage[],
): EvalSample {
  const optionCount = config.distractors + 1;
  const random = Random.for(context.seed, `${NAME}:aesthetic:${index}`);
  // The secondary archetype is no distractor: it describes the board too, only less.
  const others = random
    .shuffle(ARCHETYPES.filter((archetype) => archetype !== plan.dominant && archetype !== plan.secondary))
    .slice(0, config.distractors);
  const position = balancedPosition(context.seed, `${NAME}:aesthetic`, Math.floor(index / 2), optionCount);
  const options = placeAnswer(plan.dominant, others, position);
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'answer',
    question: `Images board-1 to board-${board.length} are items a user saved to their board. Which aesthetic describes this user's board best?`,
    images: board,
    choices: options.map((archetype) => `${archetype}: ${ARCHETYPE_PROFILES[archetype].description}`),
    answer: LETTERS[position]!,
    scorer: 'choice',
    cluster: plan.board.userId,
    difficulty: { task: 'aesthetic', taste: plan.secondary ? 'mixed' : 'pure', options: optionCount },
    expected: { archetype: plan.dominant, taste: plan.board.taste, userId: plan.board.userId },
  };
}

export const boardRecsSuite: SuiteDefinition = {
  name: NAME,
  description:
    "A user's board and the latent taste that generated it: rank ten candidates by that taste (NDCG@10, hit@5; relevance 2 for the dominant archetype, 1 for the secondary) and name the board's aesthetic (multiple choice). The two kinds alternate and share the board.",
  headline: ['ndcg@10', 'hit@5', 'accuracy'],
  chance: chanceRows(),
  defaultLimit: DEFAULT_LIMIT,
  count(context) {
    readConfig(context.options);
    return sampleCount(NAME, context.limit, DEFAULT_LIMIT);
  },
  async *samples(context) {
    const config = readConfig(context.options);
    const total = sampleCount(NAME, context.limit, DEFAULT_LIMIT);
    const pool = worldItemPool(context.seed, config.poolSize);
    let current: { user: number; plan: BoardPlan; board: SampleImage[] } | undefined;
    for (let index = 0; index < total; index++) {
      const user = Math.floor(index / 2);
      if (current?.user !== user) {
        const plan = planBoard(context.seed, NAME, user, pool, config.boardSize);
        if (plan.candidates.length < CANDIDATE_COUNT) {
          throw new AtelierError(
            'INVALID_ARGUMENT',
            `the catalog of ${config.poolSize} items is too small for board ${user}`,
            {
              hint: 'Use --option pool=2000 or more.',
            },
          );
        }
        current = { user, plan, board: await boardImages(context, config, plan, pool) };
      }
      yield index % 2 === 0
        ? await rankingSample(context, config, index, current.plan, current.board)
        : aestheticSample(context, config, index, current.plan, current.board);
    }
  },
};
