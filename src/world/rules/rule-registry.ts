import { checkArchetypeCoherence } from './archetype-coherence.ts';
import { checkColorHarmony } from './color-harmony.ts';
import { checkFormalitySpread } from './formality-spread.ts';
import { checkPatternMixing } from './pattern-mixing.ts';
import type { RuleDefinition, RuleId } from './rule.ts';
import { checkSeason } from './season.ts';
import { checkStructure } from './structure.ts';

/*
 * Weights set how much each broken rule costs in the score. Structure weighs most because an outfit
 * without shoes is not an outfit at all; colour and formality are what people notice first; pattern,
 * season and archetype breaks are subtler. All rules are hard: a benchmark distractor must be wrong
 * for a reason it can name, so any break makes the outfit incompatible. The `hard` flag stays so a
 * future taste rule can lower the score without deciding compatibility.
 */
export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  structure: { id: 'structure', hard: true, weight: 3, evaluate: checkStructure },
  'color-harmony': { id: 'color-harmony', hard: true, weight: 2, evaluate: checkColorHarmony },
  'formality-spread': { id: 'formality-spread', hard: true, weight: 2, evaluate: checkFormalitySpread },
  'pattern-mixing': { id: 'pattern-mixing', hard: true, weight: 1, evaluate: checkPatternMixing },
  season: { id: 'season', hard: true, weight: 1.5, evaluate: checkSeason },
  'archetype-coherence': {
    id: 'archetype-coherence',
    hard: true,
    weight: 1,
    evaluate: checkArchetypeCoherence,
  },
};
