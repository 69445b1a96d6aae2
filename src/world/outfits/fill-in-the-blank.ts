import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import type { ItemPool } from '../catalog-pool.ts';
import type { Item } from '../item.ts';
import type { Random } from '../random.ts';
import { brokenRules, type RuleId, ruleIdSchema, scoreOutfit } from '../rules/index.ts';
import { CATEGORIES, type Category } from '../vocabulary.ts';
import type { Outfit } from './outfit.ts';
import { poolIndex } from './pool-index.ts';

/** One answer option: the item, and for a distractor the rules it breaks and why, quotable in a report. */
export interface FitbCandidate {
  itemId: string;
  correct: boolean;
  brokenRules: RuleId[];
  reasons: string[];
}

/** A Polyvore-style fill-in-the-blank question: the outfit with one item hidden, and same-category options. */
export interface FitbQuestion {
  outfitId: string;
  missingIndex: number;
  category: Category;
  /** The outfit's other items, in outfit order. */
  contextItemIds: string[];
  candidates: FitbCandidate[];
  answerIndex: number;
}

export const fitbQuestionSchema = z.object({
  outfitId: z.string(),
  missingIndex: z.number().int().min(0),
  category: z.enum(CATEGORIES),
  contextItemIds: z.array(z.string()),
  candidates: z.array(
    z.object({
      itemId: z.string(),
      correct: z.boolean(),
      brokenRules: z.array(ruleIdSchema),
      reasons: z.array(z.string()),
    }),
  ),
  answerIndex: z.number().int().min(0),
});

/** Same-category items examined per question; enough to find distinct reasons in catalogs of hundreds. */
const DRAWS = 120;

function checkQuestion(outfit: Outfit, missingIndex: number, count: number): void {
  const invalid = (message: string, hint: string) => new AtelierError('INVALID_ARGUMENT', message, { hint });
  if (!Number.isInteger(missingIndex) || missingIndex < 0 || missingIndex >= outfit.itemIds.length) {
    throw invalid(
      `cannot blank item ${missingIndex} of outfit ${outfit.id}, which has ${outfit.itemIds.length} items`,
      `Pass a missingIndex from 0 to ${outfit.itemIds.length - 1}.`,
    );
  }
  if (!outfit.assessment.compatible) {
    throw invalid(
      `outfit ${outfit.id} breaks ${outfit.brokenRules.join(', ')}, so its own item is not a right answer`,
      'Build fill-in-the-blank questions from compatible outfits (sampleCompatibleOutfit).',
    );
  }
  if (!Number.isInteger(count) || count < 2) {
    throw invalid(
      `a question needs at least 2 candidates, got ${count}`,
      'Pass a count of 2 or more (4 is usual).',
    );
  }
}

function resolve(pool: ItemPool, id: string): Item {
  const position = poolIndex(pool).positionOf.get(id);
  if (position === undefined) {
    throw new AtelierError('INVALID_ARGUMENT', `outfit item ${id} is not in the item pool`, {
      hint: 'Build fill-in-the-blank questions from outfits sampled over the same pool.',
    });
  }
  return pool.get(position);
}

/**
 * The correct item plus `count - 1` distractors of the same category, each of which makes the outfit
 * break at least one named rule. Distractors that break a single rule not yet covered are preferred,
 * so the options differ in why they are wrong. Returns null when the category has too few breaking
 * items within the draws (small catalogs, rare categories).
 */
export function fillInTheBlankCandidates(
  random: Random,
  pool: ItemPool,
  outfit: Outfit,
  missingIndex: number,
  count = 4,
): FitbQuestion | null {
  checkQuestion(outfit, missingIndex, count);
  const items = outfit.itemIds.map((id) => resolve(pool, id));
  const answer = items[missingIndex]!;
  const list = poolIndex(pool).byCategory[answer.category];
  const seen = new Set(outfit.itemIds);
  const distinct: FitbCandidate[] = [];
  const spare: FitbCandidate[] = [];
  const covered = new Set<RuleId>();

  for (let draw = 0; draw < DRAWS && distinct.length < count - 1 && list.length > 0; draw++) {
    const candidate = pool.get(list[random.int(0, list.length - 1)]!);
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const assessment = scoreOutfit(items.map((item, at) => (at === missingIndex ? candidate : item)));
    const broken = brokenRules(assessment);
    if (broken.length === 0) continue;
    const option: FitbCandidate = {
      itemId: candidate.id,
      correct: false,
      brokenRules: broken,
      reasons: assessment.rules.filter((outcome) => !outcome.passed).map((outcome) => outcome.message),
    };
    if (broken.length === 1 && !covered.has(broken[0]!)) {
      covered.add(broken[0]!);
      distinct.push(option);
    } else {
      spare.push(option);
    }
  }

  spare.sort((first, second) => first.brokenRules.length - second.brokenRules.length);
  const distractors = [...distinct, ...spare].slice(0, count - 1);
  if (distractors.length < count - 1) return null;
  const correct: FitbCandidate = { itemId: answer.id, correct: true, brokenRules: [], reasons: [] };
  const candidates = random.shuffle([correct, ...distractors]);
  return {
    outfitId: outfit.id,
    missingIndex,
    category: answer.category,
    contextItemIds: outfit.itemIds.filter((_, at) => at !== missingIndex),
    candidates,
    answerIndex: candidates.indexOf(correct),
  };
}
