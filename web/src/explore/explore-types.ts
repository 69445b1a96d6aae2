import type { AssetCard } from '../api/asset-card.ts';

export type { AssetCard };

/** A tile that came out of a search: its fused score and the reasons the engine gives for it. */
export interface GridCard extends AssetCard {
  score?: number;
  why?: string[];
}

export interface CatalogPage {
  items: AssetCard[];
  offset: number;
  limit: number;
  total: number;
  next: number | null;
}

/** One hit of POST /api/search: the asset's grid card plus why the engine ranked it where it did. */
export interface SearchHit extends AssetCard {
  rank: number;
  score: number;
  caption: string | null;
  metadata: Record<string, unknown>;
  why: string[];
}

export interface SearchAnswer {
  results: SearchHit[];
  filtered: number | null;
  signals: string[];
  embedder: string;
  tookMs: number;
}

export interface AssetDetail extends AssetCard {
  caption: string | null;
  description: string | null;
  tags: unknown;
  source: string;
  updatedAt: string | null;
  attributes: unknown;
}

export interface AssetAnswer {
  asset: AssetDetail;
  similar: (AssetCard & { score: number; why: string[] })[];
}

export interface BoardSummary {
  user: string;
  itemCount: number;
}

/** A page of tiles from either source; total is null while a search has not been read to its end. */
export interface GridPage {
  cards: GridCard[];
  total: number | null;
  next: number | null;
  /** Candidates that passed the filters of a search, when it had any. */
  filtered?: number | null;
}

/** One value of a field in GET /api/facets, with how many assets hold it. */
export interface FacetValue {
  value: string;
  count: number;
  /** Swatch colour, for colour names the server knows. */
  hex?: string;
}

/** A metadata field the catalog's items carry, with a typical value, for the free-form filter. */
export interface FieldHint {
  field: string;
  kind: 'text' | 'number' | 'boolean';
  example: string | number | boolean;
}

/** Fields the filter bar offers pickers for, named as filters name them. */
export type FacetField = 'category' | 'color' | 'pattern.kind';

/** GET /api/facets: what this catalog holds, so the pickers offer its values rather than a copy. */
export interface Facets {
  total: number;
  values: Record<FacetField, FacetValue[]>;
  price: { min: number; max: number } | null;
  fields: FieldHint[];
}
