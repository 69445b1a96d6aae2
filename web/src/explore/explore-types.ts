/** A grid tile as GET /api/assets answers it: enough to lay out the masonry before the image arrives. */
export interface AssetCard {
  id: string;
  title: string | null;
  category: string | null;
  price: number | null;
  width: number | null;
  height: number | null;
  sha256: string;
  url: string;
  thumbnailUrl: string;
}

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

/** One hit of POST /api/search: it names its images by hash and carries no pixel size. */
export interface SearchHit {
  id: string;
  rank: number;
  score: number;
  title: string | null;
  category: string | null;
  price: number | null;
  caption: string | null;
  sha256: string;
  thumbnailSha256: string | null;
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
