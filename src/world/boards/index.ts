export {
  archetypeLogLikelihood,
  BACKGROUND_MIXTURE,
  mixtureLogLikelihood,
} from './archetype-likelihood.ts';
export { type Board, boardSchema } from './board.ts';
export { type BoardOptions, sampleBoard, sampleTaste } from './sample-board.ts';
export { estimateMixture, inferTaste, type Share, type TasteSummary, tasteSummary } from './taste-summary.ts';
