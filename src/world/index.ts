export { ARCHETYPE_PROFILES, type ArchetypeProfile } from './archetypes.ts';
export { type Board, boardSchema, inferTaste, tasteSummary } from './boards/index.ts';
export { type ItemPool, itemId, itemIndex, worldItemPool } from './catalog-pool.ts';
export { deltaE, hexToRgb, type Lab, rgbToLab } from './color-science.ts';
export { defaultCounts, type GenerateOptions } from './generate/generate-options.ts';
export { type GenerateProgress, type GenerateSummary, generateWorld } from './generate/generate-world.ts';
export type { Box } from './geometry.ts';
export { type Item, itemSchema, type Pattern } from './item.ts';
export { sampleItem } from './item-sampler.ts';
export { itemCaption, itemFromPrompt, itemTitle, type ParsedPrompt, parsePrompt } from './language/index.ts';
export { type Outfit, outfitSchema } from './outfits/index.ts';
export { COLOR_NAMES, type ColorName, PALETTE } from './palette.ts';
export { Random } from './random.ts';
export { renderItemSvg, renderOutfitSvg, svgToPng } from './render/index.ts';
export { type RenderPromptResult, renderPrompt } from './render-prompt.ts';
export { type OutfitAssessment, type RuleId, scoreOutfit } from './rules/index.ts';
export { type Scene, type SceneObject, sceneSchema } from './scenes/scene.ts';
export { WORLD_GENERATOR, WORLD_VERSION } from './version.ts';
export {
  ARCHETYPES,
  type Archetype,
  CATEGORIES,
  CATEGORY_INFO,
  type Category,
  SLOTS,
  type Slot,
} from './vocabulary.ts';
