export {
  type AccentPair,
  type AccentScheme,
  ANALOGOUS_MAX_DEGREES,
  COLOR_CLASHES,
  COMPLEMENTARY_MIN_DEGREES,
  classifyAccentPair,
  explainAccentPair,
  MUTED_MAX_CHROMA,
  SATURATED_MIN_CHROMA,
  TONAL_MAX_DEGREES,
} from './accent-pairs.ts';
export { itemsCohere, MIN_ARCHETYPE_OVERLAP } from './archetype-coherence.ts';
export { describeMixture, dominantArchetype, mixtureOverlap, normalizeMixture } from './archetype-mixture.ts';
export { MAX_ACCENTS } from './color-harmony.ts';
export { describeItem } from './describe-item.ts';
export { MAX_FORMALITY_SPREAD, SOFT_FORMALITY_SPREAD } from './formality-spread.ts';
export { MAX_BOLD_PATTERNS, type PatternWeight, patternWeight } from './pattern-mixing.ts';
export {
  isRuleId,
  type OutfitAssessment,
  RULE_IDS,
  type RuleDefinition,
  type RuleId,
  type RuleOutcome,
  type RuleVerdict,
} from './rule.ts';
export { RULES } from './rule-registry.ts';
export { outfitAssessmentSchema, ruleIdSchema, ruleOutcomeSchema } from './schema.ts';
export { brokenRules, evaluateRules, scoreOutfit } from './score-outfit.ts';
