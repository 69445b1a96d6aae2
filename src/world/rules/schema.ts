import { z } from 'zod';
import { RULE_IDS } from './rule.ts';

/** For reading assessments back from JSONL (outfits, benchmark rows); mirrors the types in rule.ts. */
export const ruleIdSchema = z.enum(RULE_IDS);

export const ruleOutcomeSchema = z.object({
  rule: ruleIdSchema,
  passed: z.boolean(),
  weight: z.number().nonnegative(),
  credit: z.number().min(0).max(1),
  message: z.string(),
  itemIds: z.array(z.string()),
});

export const outfitAssessmentSchema = z.object({
  score: z.number().min(0).max(1),
  compatible: z.boolean(),
  rules: z.array(ruleOutcomeSchema),
});
