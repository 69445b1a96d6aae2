import { AtelierError } from '../../../core/index.ts';
import { Random } from '../../../world/index.ts';
import type { EvalSample } from '../../sample.ts';
import type { SuiteDefinition } from '../../suite.ts';
import { sampleId } from '../sample-id.ts';
import { SuiteOptions, sampleCount } from '../suite-options.ts';

import { CatalogView } from './catalog-view.ts';
import {
  TASK_BUILDERS,
  type TaskContext,
  TEMPLATES,
  type Template,
  type ToolUseTask,
} from './tool-use-tasks.ts';

const NAME = 'tool-use';
const DEFAULT_LIMIT = 100;
const ATTEMPTS = 12;

/** Tool-use tasks have no knobs yet; reading the options still refuses a misspelt one. */
const checkOptions = (options: Record<string, string | number | boolean>) =>
  new SuiteOptions(NAME, options, []);

/** The template of sample `index`: templates take turns in seeded cycles, so each is equally common. */
function templateOrder(seed: number, index: number, available: readonly Template[]): Template[] {
  const cycle = Math.floor(index / available.length);
  const order = Random.for(seed, `${NAME}:templates:${cycle}`).shuffle(available);
  const first = order[index % available.length]!;
  // If the catalog cannot supply the turn's template (no bottoms, say), the others follow in order.
  return [first, ...order.filter((template) => template !== first)];
}

function buildTask(
  seed: number,
  index: number,
  available: readonly Template[],
  view: CatalogView,
  styleIds: TaskContext['styleIds'],
): ToolUseTask {
  for (const template of templateOrder(seed, index, available)) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const random = Random.for(seed, `${NAME}:${index}:${template}:${attempt}`);
      const task = TASK_BUILDERS[template]({ view, random, styleIds });
      if (task) return task;
    }
  }
  throw new AtelierError(
    'INDEX_MISSING',
    `the indexed catalog is too small to build tool-use task ${index}`,
    {
      hint: 'Index a larger world: "atelier demo", or "atelier world generate --items 500" then "atelier index".',
    },
  );
}

export const toolUseSuite: SuiteDefinition = {
  name: NAME,
  description:
    'Assistant tasks that need tools, built from the indexed catalog: filtered search, a search for a piece that goes with an attached one, visualising an outfit with generate_image, and finding items in the style of a user board. Scored on tool choice, arguments and outcome against the world ground truth.',
  headline: ['outcome', 'tool-f1', 'argument-f1'],
  // A model that calls no tool scores 0 on all three; there is no guessing level above that.
  chance: { outcome: 0, 'tool-f1': 0, 'argument-f1': 0 },
  defaultLimit: DEFAULT_LIMIT,
  count(context) {
    checkOptions(context.options);
    new CatalogView(context.store).requireWorldItems(NAME);
    return sampleCount(NAME, context.limit, DEFAULT_LIMIT);
  },
  async *samples(context) {
    checkOptions(context.options);
    const view = new CatalogView(context.store);
    view.requireWorldItems(NAME);
    const total = sampleCount(NAME, context.limit, DEFAULT_LIMIT);
    const available = TEMPLATES.filter((template) => template !== 'board-style' || view.boards().length > 0);
    const styleIds: TaskContext['styleIds'] = new Map();
    for (let index = 0; index < total; index++) {
      const task = buildTask(context.seed, index, available, view, styleIds);
      const sample: EvalSample = {
        id: sampleId(NAME, index),
        suite: NAME,
        kind: 'agent',
        question: task.question,
        images: task.images,
        answer: task.expected.tools.join(', '),
        scorer: 'tool-use',
        difficulty: task.difficulty,
        expected: task.expected,
      };
      yield sample;
    }
  },
};
