import { z } from 'zod';
import { filterSchema } from './filters.ts';

/**
 * One query shape for the library, the CLI and `POST /api/search`. Images are given by path (inside
 * an allowed folder), URL, base64 bytes or catalog asset id; a board is a user's saved items.
 */
export const imageInputSchema = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ url: z.url({ protocol: /^https?$/ }) }),
  z.object({ base64: z.string().min(1) }),
  z.object({ assetId: z.string().min(1) }),
]);
export type ImageInput = z.infer<typeof imageInputSchema>;

export const searchRequestSchema = z
  .object({
    text: z.string().trim().min(1).max(2000).optional(),
    images: z.array(imageInputSchema).max(32).optional(),
    /** A user id whose board (saved items) is the query. */
    board: z.string().min(1).optional(),
    /** Several query images: match their normalised mean, or each candidate's best match to any. */
    boardMode: z.enum(['centroid', 'best-match']).default('centroid'),
    filters: z
      .array(z.union([z.string(), filterSchema]))
      .max(32)
      .default([]),
    k: z.number().int().min(1).max(500).default(10),
    offset: z.number().int().min(0).max(100_000).default(0),
    /** MMR trade-off λ in [0, 1]; 1 (or absent) keeps the plain ranking. */
    diversity: z.number().min(0).max(1).optional(),
    /** Leave out board items and query assets from the results (default true). */
    excludeQueryItems: z.boolean().default(true),
  })
  .refine(
    (request) => request.text || request.images?.length || request.board || request.filters.length > 0,
    {
      message: 'give text, images, a board or at least one filter',
    },
  );
export type SearchRequest = z.input<typeof searchRequestSchema>;
export type ParsedSearchRequest = z.output<typeof searchRequestSchema>;

export interface SearchResult {
  id: string;
  key: number;
  rank: number;
  /** Fused score (reciprocal rank fusion) or the single signal's score when only one was used. */
  score: number;
  title: string | null;
  category: string | null;
  price: number | null;
  caption: string | null;
  sha256: string;
  thumbnailSha256: string | null;
  metadata: Record<string, unknown>;
  /** Human-readable reasons: which signals ranked it where, with their raw scores. */
  why: string[];
}

export interface SearchResponse {
  results: SearchResult[];
  /** Candidates that survived the filters, before ranking (null when there were no filters). */
  filtered: number | null;
  signals: string[];
  embedder: string;
  tookMs: number;
}
