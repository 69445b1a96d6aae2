import { AtelierError } from '../../../core/index.ts';
import type { Box } from '../../../world/index.ts';
import { type ItemPool, Random, type Scene, svgToPng, worldItemPool } from '../../../world/index.ts';
import type { EvalSample, SampleImage } from '../../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../../suite.ts';
import { balancedPosition, LETTERS, placeAnswer } from '../balanced-positions.ts';
import { pixelBox } from '../boxes.ts';
import { sampleId } from '../sample-id.ts';
import { SuiteOptions, sampleCount } from '../suite-options.ts';
import { composeScene } from '../world-internals.ts';
import {
  ANSWER_COUNTS,
  DETAIL_ATTRIBUTES,
  type DetailQuestion,
  detailDistractors,
  sceneQuestions,
} from './detail-questions.ts';

const NAME = 'detail';
const DEFAULT_LIMIT = 100;
const MAX_SCENE_ATTEMPTS = 20;

interface DetailConfig {
  sceneSize: number;
  distractors: number;
  questionsPerScene: number;
  poolSize: number;
}

function readConfig(options: SuiteContext['options']): DetailConfig {
  const reader = new SuiteOptions(NAME, options, ['sceneSize', 'distractors', 'questionsPerScene', 'pool']);
  return {
    sceneSize: reader.integer('sceneSize', 2048, 512, 4096),
    distractors: reader.integer('distractors', 3, 1, 5),
    questionsPerScene: reader.integer('questionsPerScene', 2, 1, 6),
    poolSize: reader.integer('pool', 2000, 200, 1_000_000),
  };
}

/** The side of the target as a share of the scene side, as a breakdown key. */
function sizeBucket(relativeSize: number): string {
  if (relativeSize < 0.05) return '<5%';
  if (relativeSize <= 0.1) return '5-10%';
  return '>10%';
}

interface PlannedScene {
  scene: Scene;
  svg: string;
  questions: { question: DetailQuestion; distractors: string[] }[];
}

/**
 * One scene and the questions asked about it: the attributes take turns (in a seeded order) so a
 * scene does not ask two logo questions when it could ask about buttons, and no object is asked about
 * twice. A scene that cannot supply enough questions is composed again from the next stream.
 */
function planScene(seed: number, index: number, config: DetailConfig, pool: ItemPool): PlannedScene {
  const optionCount = config.distractors + 1;
  const id = `${NAME}-scene-${String(index).padStart(6, '0')}`;
  for (let attempt = 0; attempt < MAX_SCENE_ATTEMPTS; attempt++) {
    const random = Random.for(seed, `${NAME}:scene:${index}:${attempt}`);
    const { scene, svg } = composeScene(random, pool, { id, image: `${id}.png`, size: config.sceneSize });
    const available = random
      .shuffle(sceneQuestions(scene.objects))
      .filter((question) => ANSWER_COUNTS[question.attribute] >= optionCount);
    const order = random.shuffle(DETAIL_ATTRIBUTES);
    const asked: PlannedScene['questions'] = [];
    const usedObjects = new Set<string>();
    for (let slot = 0; slot < config.questionsPerScene; slot++) {
      const fresh = available.filter((question) => !usedObjects.has(question.object.itemId));
      const question =
        fresh.find((candidate) => candidate.attribute === order[slot % order.length]) ?? fresh[0];
      if (!question) break;
      const distractors = detailDistractors(random, question, config.distractors);
      if (!distractors) break;
      usedObjects.add(question.object.itemId);
      asked.push({ question, distractors });
    }
    if (asked.length === config.questionsPerScene) return { scene, svg, questions: asked };
  }
  throw new AtelierError('INTERNAL', `could not compose detail scene ${index} with enough questions`, {
    hint: 'Try fewer --option questionsPerScene, or a larger --option pool.',
  });
}

function detailBox(question: DetailQuestion): Box | undefined {
  const { object } = question;
  if (question.attribute.startsWith('logo')) return object.logo ?? undefined;
  if (question.attribute === 'button-count' && object.buttons.length > 0) {
    const left = Math.min(...object.buttons.map((box) => box.x));
    const top = Math.min(...object.buttons.map((box) => box.y));
    const right = Math.max(...object.buttons.map((box) => box.x + box.width));
    const bottom = Math.max(...object.buttons.map((box) => box.y + box.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
  return undefined;
}

function buildSample(
  seed: number,
  config: DetailConfig,
  index: number,
  planned: PlannedScene,
  image: SampleImage,
): EvalSample {
  const { question, distractors } = planned.questions[index % config.questionsPerScene]!;
  const optionCount = config.distractors + 1;
  const position = balancedPosition(seed, NAME, index, optionCount);
  const choices = placeAnswer(question.answer, distractors, position);
  const { object } = question;
  const detail = detailBox(question);
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'agent',
    tools: ['zoom'],
    question: `${question.question} The picture is ${planned.scene.width} × ${planned.scene.height} pixels; you may zoom in.`,
    images: [image],
    choices,
    answer: LETTERS[position]!,
    scorer: 'choice',
    cluster: planned.scene.id,
    difficulty: {
      attribute: question.attribute,
      size: sizeBucket(object.relativeSize),
      sceneSize: config.sceneSize,
      options: optionCount,
    },
    expected: {
      attribute: question.attribute,
      value: question.answer,
      itemId: object.itemId,
      subject: question.subject,
      relativeSize: object.relativeSize,
    },
    boxes: [
      { image: 0, box: pixelBox(object.box), label: question.subject },
      ...(detail ? [{ image: 0, box: pixelBox(detail), label: question.attribute }] : []),
    ],
  };
}

export const detailSuite: SuiteDefinition = {
  name: NAME,
  description:
    'Questions about one small object in a high-resolution scene (its logo, buttons or colour), the V*Bench / HR-Bench regime; the zoom tool is offered and its use recorded.',
  headline: ['accuracy'],
  chance: { accuracy: 0.25 },
  defaultLimit: DEFAULT_LIMIT,
  count(context) {
    readConfig(context.options);
    return sampleCount(NAME, context.limit, DEFAULT_LIMIT);
  },
  async *samples(context) {
    const config = readConfig(context.options);
    const total = sampleCount(NAME, context.limit, DEFAULT_LIMIT);
    const pool = worldItemPool(context.seed, config.poolSize);
    // Consecutive samples share a scene: keep the last one rather than compose and rasterise it again.
    let current: { index: number; planned: PlannedScene; image: SampleImage } | undefined;
    for (let index = 0; index < total; index++) {
      const sceneIndex = Math.floor(index / config.questionsPerScene);
      if (current?.index !== sceneIndex) {
        const planned = planScene(context.seed, sceneIndex, config, pool);
        const sha256 = await context.store.blobs.put(await svgToPng(planned.svg));
        current = { index: sceneIndex, planned, image: { sha256, name: 'image-1' } };
      }
      yield buildSample(context.seed, config, index, current.planned, current.image);
    }
  },
};
