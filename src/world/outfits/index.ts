export {
  type FitbCandidate,
  type FitbQuestion,
  fillInTheBlankCandidates,
  fitbQuestionSchema,
} from './fill-in-the-blank.ts';
export { makeOutfit, type Outfit, outfitSchema } from './outfit.ts';
export { INDEX_LIMIT, type PoolIndex, poolIndex } from './pool-index.ts';
export {
  DEFAULT_EXTRAS,
  type ExtraSlot,
  type OutfitSampleOptions,
  sampleCompatibleOutfit,
} from './sample-compatible-outfit.ts';
export { sampleIncompatibleOutfit } from './sample-incompatible-outfit.ts';
