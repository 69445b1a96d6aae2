import { describe, expect, it } from 'vitest';
import { hitThumbnail } from './board-search.ts';
import type { SearchHit } from './board-types.ts';

const hit = (thumbnailSha256: string | null): SearchHit => ({
  id: 'a1',
  rank: 1,
  score: 0.9,
  title: null,
  category: null,
  price: null,
  sha256: 'abc',
  thumbnailSha256,
  why: [],
});

describe('hitThumbnail', () => {
  it('uses the stored thumbnail when ingest made one', () => {
    expect(hitThumbnail(hit('def'))).toBe('/api/blobs/def');
  });

  it('asks for a resized image otherwise', () => {
    expect(hitThumbnail(hit(null))).toBe('/api/thumbnails/abc?size=256');
  });
});
