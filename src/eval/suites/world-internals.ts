/**
 * The world functions the suites build on, in one place: rendering, scenes, outfits and their
 * rules, boards and the detail vocabulary.
 */
export {
  COLOR_PHRASES,
  composeScene,
  dominantArchetype,
  evaluateRules,
  type FitbQuestion,
  fillInTheBlankCandidates,
  HARDWARE_COLORS,
  type ItemLayout,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  MIN_DETAIL_CONTRAST,
  PATTERN_KINDS,
  type PatternKind,
  RULE_IDS,
  renderItem,
  STRIPE_DIRECTIONS,
  sampleBoard,
  sampleCompatibleOutfit,
  sampleIncompatibleOutfit,
} from '../../world/index.ts';
