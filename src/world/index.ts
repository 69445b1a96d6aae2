export { ARCHETYPE_PROFILES, type ArchetypeProfile } from './archetypes.ts';
export { type Board, boardSchema, inferTaste, sampleBoard, tasteSummary } from './boards/index.ts';
export { type ItemPool, itemId, itemIndex, worldItemPool } from './catalog-pool.ts';
export { deltaE, hexToRgb, type Lab, rgbToLab } from './color-science.ts';
export { defaultCounts, type GenerateOptions } from './generate/generate-options.ts';
export { type GenerateProgress, type GenerateSummary, generateWorld } from './generate/generate-world.ts';
export type { Box } from './geometry.ts';
export { type Item, itemSchema, type Pattern } from './item.ts';
export { HARDWARE_COLORS, MIN_DETAIL_CONTRAST, sampleItem } from './item-sampler.ts';
export { COLOR_PHRASES } from './language/color-aliases.ts';
export {
  itemCaption,
  itemFromPrompt,
  itemTitle,
  type ParsedPrompt,
  parsePrompt,
  SMALL_NUMBERS,
} from './language/index.ts';
export {
  type FitbQuestion,
  fillInTheBlankCandidates,
  type Outfit,
  outfitSchema,
  sampleCompatibleOutfit,
  sampleIncompatibleOutfit,
} from './outfits/index.ts';
export { COLOR_NAMES, type ColorName, PALETTE } from './palette.ts';
export { Random } from './random.ts';
export { type ItemLayout, renderItem, renderItemSvg, renderOutfitSvg, svgToPng } from './render/index.ts';
export { type RenderPromptResult, renderPrompt } from './render-prompt.ts';
export {
  dominantArchetype,
  evaluateRules,
  type OutfitAssessment,
  RULE_IDS,
  type RuleId,
  scoreOutfit,
} from './rules/index.ts';
export { composeScene } from './scenes/compose-scene.ts';
export { type Scene, type SceneObject, sceneSchema } from './scenes/scene.ts';
export { WORLD_GENERATOR, WORLD_VERSION } from './version.ts';
export {
  ARCHETYPES,
  type Archetype,
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  LOGO_POSITIONS,
  LOGO_SHAPES,
  PATTERN_KINDS,
  type PatternKind,
  SLOTS,
  type Slot,
  STRIPE_DIRECTIONS,
} from './vocabulary.ts';
