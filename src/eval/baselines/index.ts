export { createEmbedKnnModel, EMBED_KNN_ONLY_RANKS, type EmbedKnnOptions } from './embed-knn-model.ts';
