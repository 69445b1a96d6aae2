/** The JSON shapes of the board routes (src/server/board-routes.ts) and of board search results. */

import type { AssetCard } from '../api/asset-card.ts';

export type { AssetCard };

/** Archetype name → weight; the weights of a mixture sum to 1. */
export type ArchetypeMixture = Record<string, number>;

export interface Share {
  value: string;
  share: number;
}

/** GET /api/boards, one entry per user. */
export interface BoardSummary {
  user: string;
  itemCount: number;
  preview: AssetCard[];
  /** The mixture the world generator sampled the board from; null for boards it did not make. */
  latentTaste: ArchetypeMixture | null;
  updatedAt: string;
}

export interface BoardList {
  boards: BoardSummary[];
}

/** What the world's model reads off the items: a maximum-likelihood mixture plus what was seen. */
export interface InferredTaste {
  archetypes: ArchetypeMixture;
  summary: {
    archetypes: ArchetypeMixture;
    colors: Share[];
    patterns: Share[];
    categories: Share[];
    /** 1 = athletic/lounge … 5 = evening/formal. */
    formalityMean: number;
  };
  /** How many items carried the world's attributes; the user's own photos say nothing. */
  fromItems: number;
}

/** The world's profile of one archetype (src/server/board-vocabulary.ts). */
export interface ArchetypeProfile {
  description: string;
  colors: Record<string, number>;
  patterns: Record<string, number>;
  /** 1 = athletic/lounge … 5 = evening/formal. */
  formality: number;
}

/** The world's profiles of the archetypes a board names, keyed in the world's order. */
export type ArchetypeProfiles = Record<string, ArchetypeProfile>;

/** Colour name → its hex, for the colours a board's profiles and items name. */
export type ColorTable = Record<string, { hex: string }>;

/** GET /api/boards/:user. */
export interface BoardDetail {
  user: string;
  items: AssetCard[];
  /** Saved ids that are no longer in the catalog. */
  missing: string[];
  latentTaste: ArchetypeMixture | null;
  inferredTaste: InferredTaste | null;
  /** Profiles of the archetypes either taste names; one the world does not know is absent. */
  archetypes: ArchetypeProfiles;
  colors: ColorTable;
  updatedAt: string;
}

/** One hit of POST /api/search (src/search/search-request.ts), reduced to what the grid shows. */
export interface SearchHit {
  id: string;
  rank: number;
  score: number;
  title: string | null;
  category: string | null;
  price: number | null;
  sha256: string;
  thumbnailSha256: string | null;
  why: string[];
}

export interface SearchAnswer {
  results: SearchHit[];
  signals: string[];
  embedder: string;
  tookMs: number;
}
