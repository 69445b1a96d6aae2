import type { Item } from '../item.ts';

/** Stable ids: benchmark rows and distractor explanations refer to rules by these strings. */
export const RULE_IDS = [
  'structure',
  'color-harmony',
  'formality-spread',
  'pattern-mixing',
  'season',
  'archetype-coherence',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What one rule concluded about one outfit, in words a person (or a benchmark row) can quote. */
export interface RuleOutcome {
  rule: RuleId;
  passed: boolean;
  /** The rule's share in the outfit score (see `RuleDefinition.weight`). */
  weight: number;
  /**
   * How much of the weight the outfit earns, 0..1: 1 when passed, 0 for a full break, in between for
   * a soft break (a formality spread of 2 earns 0.5), so the score ranks near-misses above disasters.
   */
  credit: number;
  message: string;
  /** The items the message is about: the offenders on a break, the items that satisfy it on a pass. */
  itemIds: string[];
}

export interface OutfitAssessment {
  /** Weighted mean credit over all rules, 0..1; exactly 1 when every rule passes. */
  score: number;
  /** True iff every hard rule passed. */
  compatible: boolean;
  rules: RuleOutcome[];
}

/** What a rule function returns; the engine adds the id and weight from the definition. */
export interface RuleVerdict {
  passed: boolean;
  credit?: number;
  message: string;
  itemIds: string[];
}

export interface RuleDefinition {
  id: RuleId;
  /** A hard rule decides compatibility; a soft one only lowers the score. */
  hard: boolean;
  weight: number;
  /** Pure: the verdict depends on the items alone, never on their order or on shared state. */
  evaluate: (items: readonly Item[]) => RuleVerdict;
}

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
