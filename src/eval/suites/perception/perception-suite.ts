import { AtelierError } from '../../../core/index.ts';
import { type Box, CATEGORY_INFO, type Item, Random, sampleItem } from '../../../world/index.ts';
import type { EvalSample } from '../../sample.ts';
import type { SuiteContext, SuiteDefinition } from '../../suite.ts';
import { demonstrative } from '../answer-words.ts';
import { balancedPosition, LETTERS } from '../balanced-positions.ts';
import { detailBucket, pixelBox } from '../boxes.ts';
import { storeItemImage } from '../item-image.ts';
import { sampleId } from '../sample-id.ts';
import { SuiteOptions, sampleCount } from '../suite-options.ts';
import { type ItemLayout, renderItem } from '../world-internals.ts';
import { ATTRIBUTES, PERCEPTION_ATTRIBUTES, type PerceptionAttribute } from './perception-attributes.ts';

const NAME = 'perception';
const DEFAULT_LIMIT = 200;
const FORMATS = ['mc', 'short', 'mixed'] as const;
type Format = (typeof FORMATS)[number];
const MAX_ATTEMPTS = 400;

interface PerceptionConfig {
  format: Format;
  resolution: number;
  distractors: number;
}

function readConfig(options: SuiteContext['options']): PerceptionConfig {
  const reader = new SuiteOptions(NAME, options, ['format', 'resolution', 'distractors']);
  return {
    format: reader.choice('format', 'mixed', FORMATS),
    resolution: reader.integer('resolution', 512, 64, 4096),
    distractors: reader.integer('distractors', 3, 1, 8),
  };
}

/**
 * Samples come in blocks of four: a minimal pair (the same question about two items that differ in
 * exactly the attribute asked) and two single questions. A block is one "unit" per question, so
 * both samples of a pair rebuild the same unit from (seed, unit) alone.
 */
function position(index: number) {
  const block = Math.floor(index / 4);
  const within = index % 4;
  return { block, within, unit: 3 * block + Math.max(0, within - 1), paired: within < 2 };
}

function blockFormat(config: PerceptionConfig, block: number): 'mc' | 'short' {
  if (config.format !== 'mixed') return config.format;
  return block % 2 === 0 ? 'mc' : 'short';
}

/** The sample's rank among the suite's multiple-choice samples, which the answer position cycles on. */
function choiceOrdinal(config: PerceptionConfig, index: number): number {
  if (config.format === 'mc') return index;
  const { block, within } = position(index);
  return Math.floor(block / 2) * 4 + within;
}

function eligibleAttributes(format: 'mc' | 'short', optionCount: number): PerceptionAttribute[] {
  return PERCEPTION_ATTRIBUTES.map((id) => ATTRIBUTES[id]).filter(
    (attribute) => format === 'short' || attribute.answerCount >= optionCount,
  );
}

interface Unit {
  attribute: PerceptionAttribute;
  items: Item[];
  layouts: ItemLayout[];
  answers: string[];
  distractors: string[];
}

/** The renderer's layout shows what the record says: the pair and the question rest on it. */
function layoutAgrees(item: Item, layout: ItemLayout): boolean {
  const buttons = item.parts.closure === 'buttons' ? (item.parts.buttons ?? 0) : 0;
  return (
    layout.buttons.length === buttons &&
    layout.pockets.length === (item.parts.pockets ?? 0) &&
    Boolean(layout.logo) === Boolean(item.details.logo)
  );
}

function buildUnit(seed: number, unit: number, format: 'mc' | 'short', config: PerceptionConfig): Unit {
  const optionCount = config.distractors + 1;
  const list = eligibleAttributes(format, optionCount);
  if (list.length === 0) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `no perception attribute has ${optionCount} possible answers`,
      {
        hint: 'Lower --option distractors (3 is usual).',
      },
    );
  }
  const cycle = Math.floor(unit / list.length);
  const attribute = Random.for(seed, `${NAME}:attributes:${format}:${optionCount}:${cycle}`).shuffle(list)[
    unit % list.length
  ]!;
  const paired = unit % 3 === 0;
  const id = `${NAME}-item-${String(unit).padStart(6, '0')}`;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const random = Random.for(seed, `${NAME}:unit:${unit}:${attempt}`);
    const item = sampleItem(random, { id, category: random.pick(attribute.categories) });
    if (!attribute.applies(item)) continue;
    const twinBase = paired ? attribute.twin(random, item) : undefined;
    if (paired && !twinBase) continue;
    const items = twinBase ? [item, { ...twinBase, id: `${id}-twin` }] : [item];
    const answers = items.map((entry) => attribute.value(entry));
    if (new Set(answers).size !== answers.length) continue;
    const layouts = items.map((entry) => renderItem(entry, { size: config.resolution }).layout);
    if (!items.every((entry, at) => layoutAgrees(entry, layouts[at]!))) continue;
    if (layouts.some((layout) => attribute.region(layout).length === 0)) continue;
    const wanted = format === 'mc' ? optionCount - answers.length : 0;
    const distractors = wanted > 0 ? attribute.distractors(random, answers, wanted) : [];
    if (!distractors) continue;
    return { attribute, items, layouts, answers, distractors };
  }
  throw new AtelierError('INTERNAL', `could not build perception question ${unit} (${attribute.id})`, {
    hint: 'This is a bug in the perception suite; report the seed and options.',
  });
}

/** The option list, with each answer of the unit at its balanced position and distractors around them. */
function optionList(unit: Unit, positions: number[]): string[] {
  const count = unit.answers.length + unit.distractors.length;
  const slots: (string | undefined)[] = Array.from({ length: count }, () => undefined);
  unit.answers.forEach((answer, at) => {
    slots[positions[at]!] = answer;
  });
  const rest = [...unit.distractors];
  return slots.map((slot) => slot ?? rest.shift()!);
}

async function buildSample(
  context: SuiteContext,
  config: PerceptionConfig,
  index: number,
): Promise<EvalSample> {
  const { block, within, unit: unitIndex, paired } = position(index);
  const format = blockFormat(config, block);
  const unit = buildUnit(context.seed, unitIndex, format, config);
  const shown = paired ? within : 0;
  const item = unit.items[shown]!;
  const layout = unit.layouts[shown]!;
  const { attribute } = unit;
  const { image } = await storeItemImage(context.store, item, config.resolution, 'image-1');
  const region = attribute.region(layout);
  const area = region.reduce((sum, box: Box) => sum + box.width * box.height, 0);
  const fraction = area / (config.resolution * config.resolution);
  const subject = demonstrative(CATEGORY_INFO[item.category].noun);
  const truth = unit.answers[shown]!;

  let answer = truth;
  let choices: string[] | undefined;
  if (format === 'mc') {
    const optionCount = config.distractors + 1;
    const first = choiceOrdinal(config, index - shown);
    const positions = unit.answers.map((_, at) =>
      balancedPosition(context.seed, NAME, first + at, optionCount),
    );
    const options = optionList(unit, positions);
    choices = options.map((value) => attribute.choiceText(value));
    answer = LETTERS[positions[shown]!]!;
  }
  const pairId = paired ? `${NAME}-pair-${String(unitIndex).padStart(6, '0')}` : undefined;
  return {
    id: sampleId(NAME, index),
    suite: NAME,
    kind: 'answer',
    question:
      format === 'mc'
        ? attribute.question(subject)
        : `${attribute.question(subject)} ${attribute.instruction}`,
    images: [image],
    ...(choices ? { choices } : {}),
    answer,
    ...(format === 'short' ? { aliases: attribute.aliases(truth) } : {}),
    scorer: format === 'mc' ? 'choice' : 'exact',
    ...(pairId ? { cluster: pairId, pair: pairId } : {}),
    difficulty: {
      attribute: attribute.id,
      format,
      resolution: config.resolution,
      ...(format === 'mc' ? { options: config.distractors + 1 } : {}),
      detail: detailBucket(fraction),
      category: item.category,
    },
    expected: { attribute: attribute.id, path: attribute.path, value: truth, detailFraction: fraction, item },
    boxes: region.map((box) => ({ image: 0, box: pixelBox(box), label: attribute.id })),
  };
}

export const perceptionSuite: SuiteDefinition = {
  name: NAME,
  description:
    'Fine-grained attribute questions about one rendered item (colour of a part, button and pocket counts, logo shape, colour and position, stripe direction, pattern), multiple choice and short answer, with minimal pairs that differ in exactly the attribute asked.',
  headline: ['accuracy', 'pair-accuracy'],
  // Multiple choice with the default 4 options; short answers have no meaningful chance level.
  chance: { accuracy: 0.25, 'pair-accuracy': 0.0625 },
  defaultLimit: DEFAULT_LIMIT,
  count(context) {
    readConfig(context.options);
    return sampleCount(NAME, context.limit, DEFAULT_LIMIT);
  },
  async *samples(context) {
    const config = readConfig(context.options);
    const total = sampleCount(NAME, context.limit, DEFAULT_LIMIT);
    for (let index = 0; index < total; index++) yield await buildSample(context, config, index);
  },
};
