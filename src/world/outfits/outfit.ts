import { z } from 'zod';
import type { Item } from '../item.ts';
import { hashString } from '../random.ts';
import {
  brokenRules,
  type OutfitAssessment,
  outfitAssessmentSchema,
  type RuleId,
  ruleIdSchema,
  scoreOutfit,
} from '../rules/index.ts';

/** An outfit with its verdict: the items, the rule engine's assessment, and the rules it breaks. */
export interface Outfit {
  id: string;
  itemIds: string[];
  assessment: OutfitAssessment;
  /** Rules the outfit breaks, in RULE_IDS order; empty exactly when the outfit is compatible. */
  brokenRules: RuleId[];
}

export const outfitSchema = z.object({
  id: z.string().min(1),
  itemIds: z.array(z.string().min(1)).min(1),
  assessment: outfitAssessmentSchema,
  brokenRules: z.array(ruleIdSchema),
});

/** An id that follows from the items when the caller names none, so the same outfit gets the same id. */
function defaultOutfitId(items: readonly Item[]): string {
  const key = items
    .map((item) => item.id)
    .sort()
    .join('|');
  return `outfit-${hashString(key).toString(16).padStart(8, '0')}`;
}

export function makeOutfit(items: readonly Item[], id?: string): Outfit {
  const assessment = scoreOutfit(items);
  return {
    id: id ?? defaultOutfitId(items),
    itemIds: items.map((item) => item.id),
    assessment,
    brokenRules: brokenRules(assessment),
  };
}
