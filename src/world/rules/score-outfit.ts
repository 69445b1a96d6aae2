import type { Item } from '../item.ts';
import { CATEGORY_INFO, SLOTS } from '../vocabulary.ts';
import { type OutfitAssessment, RULE_IDS, type RuleId, type RuleOutcome } from './rule.ts';
import { RULES } from './rule-registry.ts';

/**
 * Items head to toe (slot order, then id). Rules pick "the first" offender when several tie, so
 * sorting first makes every message a function of the set of items, not of the order a caller
 * happened to list them in.
 */
function canonicalOrder(items: readonly Item[]): Item[] {
  const rank = (item: Item) => SLOTS.indexOf(CATEGORY_INFO[item.category].slot);
  return [...items].sort(
    (first, second) =>
      rank(first) - rank(second) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0),
  );
}

/** Runs the named rules (all of them by default) and returns one outcome each, in RULE_IDS order. */
export function evaluateRules(items: readonly Item[], ruleIds: readonly RuleId[] = RULE_IDS): RuleOutcome[] {
  const ordered = canonicalOrder(items);
  return ruleIds.map((id) => {
    const { weight, evaluate } = RULES[id];
    const verdict = evaluate(ordered);
    return {
      rule: id,
      passed: verdict.passed,
      weight,
      credit: verdict.credit ?? (verdict.passed ? 1 : 0),
      message: verdict.message,
      itemIds: verdict.itemIds,
    };
  });
}

/** The score and the reasons: every rule's outcome, the weighted score, and hard-rule compatibility. */
export function scoreOutfit(items: readonly Item[]): OutfitAssessment {
  const rules = evaluateRules(items);
  const totalWeight = rules.reduce((sum, outcome) => sum + outcome.weight, 0);
  const earned = rules.reduce((sum, outcome) => sum + outcome.weight * outcome.credit, 0);
  return {
    score: totalWeight > 0 ? earned / totalWeight : 1,
    compatible: rules.every((outcome) => outcome.passed || !RULES[outcome.rule].hard),
    rules,
  };
}

/** The rules an assessment says are broken, in RULE_IDS order. */
export function brokenRules(assessment: OutfitAssessment): RuleId[] {
  return assessment.rules.filter((outcome) => !outcome.passed).map((outcome) => outcome.rule);
}
