/**
 * What a grid tile needs of a catalog asset, as the API answers it (src/server/asset-cards.ts):
 * enough to lay out a masonry grid before the image arrives.
 */
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
