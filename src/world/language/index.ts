/**
 * The language of the fashion world: titles and captions with paraphrase variation, a prompt parser
 * that maps free text back onto the vocabulary, and the prompt → item backend used for offline
 * text-to-image. Captions are written in words the parser reads, and the tests hold them to it.
 */
export { type AttributeProblem, attributeProblems } from './category-fit.ts';
export { itemCaption, outfitCaption } from './item-caption.ts';
export { type ItemFromPrompt, itemFromPrompt } from './item-from-prompt.ts';
export { itemMismatches } from './item-matches.ts';
export { itemTitle } from './item-title.ts';
export { SMALL_NUMBERS } from './number-words.ts';
export { parsePrompt } from './parse-prompt.ts';
export {
  type ParsedPrompt,
  type PriceRange,
  type PromptAttributes,
  type PromptLogo,
  type PromptParts,
  type PromptPattern,
  promptAttributesSchema,
  type RecognisedPhrase,
} from './prompt-attributes.ts';
