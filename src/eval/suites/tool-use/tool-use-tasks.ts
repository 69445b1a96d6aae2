import { CATEGORY_INFO, type Category, type Random, type RuleId } from '../../../world/index.ts';
import type { SampleImage } from '../../sample.ts';
import { indefinite } from '../answer-words.ts';
import { dominantArchetype, evaluateRules, RULE_IDS } from '../world-internals.ts';
import type { CatalogItem, CatalogView } from './catalog-view.ts';

export const TEMPLATES = ['filtered-search', 'matching-search', 'visualise', 'board-style'] as const;
export type Template = (typeof TEMPLATES)[number];

/** The tool-use scorer's expected shape (src/eval/scorers/tool-use-scorer.ts). */
export interface ToolUseExpected {
  tools: string[];
  arguments?: {
    search_catalog?: { filters: string[] };
    generate_image?: { promptAttributes: Record<string, string> };
  };
  validIds?: string[];
  requiredAttributes?: Record<string, string>;
}

export interface ToolUseTask {
  template: Template;
  question: string;
  images: SampleImage[];
  expected: ToolUseExpected;
  difficulty: Record<string, string | number>;
}

export interface TaskContext {
  view: CatalogView;
  random: Random;
  /** Ids per board user, computed once per run: a board task scans the whole catalog. */
  styleIds: Map<string, string[]>;
}

const UPPER_SLOTS = ['top', 'outerwear'];
const LOWER_SLOTS = ['bottom'];
const TOP_CATEGORIES: readonly Category[] = ['top', 'shirt', 'blouse', 'knitwear'];
/** Rules a pair of pieces can break; structure needs a whole outfit (shoes, a bottom) to pass. */
const PAIR_RULES: readonly RuleId[] = RULE_IDS.filter((rule) => rule !== 'structure');

/** The whole-dollar ceiling just above a price, so the anchor itself always qualifies. */
export function priceCeiling(price: number): number {
  return Math.floor(price / 10) * 10 + 10;
}

function nounOf(category: Category): string {
  // "knitwear" is the category; shoppers say sweater, and the filter still needs the category name.
  return category === 'knitwear' ? 'sweater (knitwear)' : CATEGORY_INFO[category].noun;
}

function anchor(context: TaskContext, slots?: readonly string[]): CatalogItem | undefined {
  const count = context.view.worldItemCount(slots);
  if (count === 0) return undefined;
  return context.view.itemAt(context.random.int(0, count - 1), slots);
}

function attached(item: CatalogItem): SampleImage {
  return { sha256: item.sha256, name: 'image-1' };
}

/** "Find a skirt under $60 in navy": category, price and colour filters, checked in SQL. */
function filteredSearch(context: TaskContext): ToolUseTask | undefined {
  const target = anchor(context);
  if (!target) return undefined;
  const { category, color } = target.item;
  const ceiling = priceCeiling(target.price);
  const validIds = context.view.ids(`category = ? AND json_extract(metadata, '$.color') = ? AND price < ?`, [
    category,
    color,
    ceiling,
  ]);
  if (validIds.length === 0) return undefined;
  const filters = [`category=${category}`, `color=${color}`, `price<${ceiling}`];
  return {
    template: 'filtered-search',
    question: `Find ${indefinite(nounOf(category))} under $${ceiling} in ${color}.`,
    images: [],
    expected: { tools: ['search_catalog'], arguments: { search_catalog: { filters } }, validIds },
    difficulty: { template: 'filtered-search', constraints: filters.length },
  };
}

function goesWith(first: CatalogItem, second: CatalogItem): boolean {
  return evaluateRules([first.item, second.item], PAIR_RULES).every((outcome) => outcome.passed);
}

/** "Find a top under $60 that goes with this skirt": the skirt attached, compatibility by the rules. */
function matchingSearch(context: TaskContext): ToolUseTask | undefined {
  const bottom = anchor(context, LOWER_SLOTS);
  if (!bottom) return undefined;
  const category = context.random.pick(TOP_CATEGORIES);
  const compatible = [...context.view.items('category = ?', [category])].filter((candidate) =>
    goesWith(bottom, candidate),
  );
  if (compatible.length === 0) return undefined;
  const ceiling = priceCeiling(context.random.pick(compatible).price);
  const validIds = compatible
    .filter((candidate) => candidate.price < ceiling)
    .map((candidate) => candidate.id);
  const filters = [`category=${category}`, `price<${ceiling}`];
  const noun = CATEGORY_INFO[bottom.item.category].noun;
  const demonstrative = ['trousers', 'jeans', 'shorts'].includes(noun) ? `these ${noun}` : `this ${noun}`;
  return {
    template: 'matching-search',
    question: `Find ${indefinite(nounOf(category))} under $${ceiling} that goes with ${demonstrative} (image-1).`,
    images: [attached(bottom)],
    expected: { tools: ['search_catalog'], arguments: { search_catalog: { filters } }, validIds },
    difficulty: { template: 'matching-search', constraints: filters.length + 1 },
  };
}

interface Companion {
  phrase: string;
  attributes: Record<string, string>;
}

/** Garments to show an attached piece with, in words the world's prompt parser reads back. */
const WITH_UPPER: readonly Companion[] = [
  { phrase: 'wide-leg jeans', attributes: { category: 'jeans', 'parts.fit': 'wide' } },
  { phrase: 'a black midi skirt', attributes: { category: 'skirt', color: 'black', 'parts.length': 'midi' } },
  { phrase: 'slim-fit trousers', attributes: { category: 'trousers', 'parts.fit': 'slim' } },
  { phrase: 'white sneakers', attributes: { category: 'sneakers', color: 'white' } },
];
const WITH_LOWER: readonly Companion[] = [
  { phrase: 'a white shirt', attributes: { category: 'shirt', color: 'white' } },
  { phrase: 'a navy blazer', attributes: { category: 'jacket', color: 'navy' } },
  { phrase: 'a striped top', attributes: { category: 'top', 'pattern.kind': 'stripes' } },
  { phrase: 'black ankle boots', attributes: { category: 'boots', color: 'black', 'parts.shaft': 'ankle' } },
];
export const COMPANIONS = { upper: WITH_UPPER, lower: WITH_LOWER } as const;

/** "Show me this jacket with wide-leg jeans": generate_image, the prompt must name the companion. */
function visualise(context: TaskContext): ToolUseTask | undefined {
  const upper = context.random.chance(0.5);
  const piece =
    anchor(context, upper ? UPPER_SLOTS : LOWER_SLOTS) ?? anchor(context, upper ? LOWER_SLOTS : UPPER_SLOTS);
  if (!piece) return undefined;
  const companion = context.random.pick(piece.item.slot === 'bottom' ? WITH_LOWER : WITH_UPPER);
  const noun = CATEGORY_INFO[piece.item.category].noun;
  const demonstrative = ['trousers', 'jeans', 'shorts'].includes(noun) ? `these ${noun}` : `this ${noun}`;
  return {
    template: 'visualise',
    question: `Show me ${demonstrative} (image-1) with ${companion.phrase}.`,
    images: [attached(piece)],
    expected: {
      tools: ['generate_image'],
      arguments: { generate_image: { promptAttributes: companion.attributes } },
      requiredAttributes: companion.attributes,
    },
    difficulty: { template: 'visualise', constraints: Object.keys(companion.attributes).length },
  };
}

/** "What is on the board of user-3? Find something in the same style": the board's latent archetypes. */
function boardStyle(context: TaskContext): ToolUseTask | undefined {
  const boards = context.view.boards();
  if (boards.length === 0) return undefined;
  const board = context.random.pick(boards);
  let validIds = context.styleIds.get(board.userId);
  if (!validIds) {
    const styles = new Set(Object.keys(board.taste));
    validIds = [];
    for (const candidate of context.view.items('1', [])) {
      const style = dominantArchetype(candidate.item.archetypes);
      if (style && styles.has(style)) validIds.push(candidate.id);
    }
    context.styleIds.set(board.userId, validIds);
  }
  if (validIds.length === 0) return undefined;
  return {
    template: 'board-style',
    question: `What is on the board of ${board.userId}? Find something in the same style.`,
    images: [],
    expected: { tools: ['get_board', 'search_catalog'], validIds },
    difficulty: { template: 'board-style', constraints: 1 },
  };
}

export const TASK_BUILDERS: Readonly<Record<Template, (context: TaskContext) => ToolUseTask | undefined>> = {
  'filtered-search': filteredSearch,
  'matching-search': matchingSearch,
  visualise,
  'board-style': boardStyle,
};
