import { colorGridDifference } from './color-grid.ts';
import { hammingDistanceHalves, splitHash } from './perceptual-hash.ts';

/**
 * Pairs of images that look alike: perceptual hashes at most `maxDistance` bits apart and, when both
 * have one, colour grids at most `maxColorDifference` ΔE apart on average. Comparing every pair is
 * quadratic; by the pigeonhole principle two hashes within distance t agree exactly on at least one
 * of t + 1 disjoint bit blocks, so only images sharing a block value are compared.
 */
export interface HashedAsset {
  id: string;
  phash: string;
  color_grid: string | null;
}

export interface DuplicatePair {
  a: string;
  b: string;
  /** Hamming distance between the perceptual hashes, 0 … 64. */
  distance: number;
  /** Mean ΔE between the colour grids; null when one of them has none. */
  colorDifference: number | null;
}

export interface DuplicateCriteria {
  maxDistance: number;
  maxColorDifference: number;
}

function blockKeys(phash: string, bounds: readonly number[]): string[] {
  const hash = BigInt(`0x${phash}`);
  const keys: string[] = [];
  for (let block = 0; block + 1 < bounds.length; block++) {
    const [from, to] = [bounds[block]!, bounds[block + 1]!];
    keys.push(`${block}:${(hash >> BigInt(64 - to)) & ((1n << BigInt(to - from)) - 1n)}`);
  }
  return keys;
}

const byDistanceThenIds = (x: DuplicatePair, y: DuplicatePair) =>
  x.distance - y.distance || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);

/**
 * The pairs that involve at least one asset of `focus` (all pairs when omitted), sorted by distance
 * then ids. Every asset may pair with any other in `assets`.
 */
export function findNearDuplicates(
  assets: readonly HashedAsset[],
  criteria: DuplicateCriteria,
  focus?: ReadonlySet<string>,
): DuplicatePair[] {
  const blocks = Math.min(64, Math.max(1, Math.floor(criteria.maxDistance) + 1));
  const bounds = Array.from({ length: blocks + 1 }, (_, index) => Math.round((index * 64) / blocks));
  const halves = assets.map((asset) => splitHash(asset.phash));
  const keysOf = assets.map((asset) => blockKeys(asset.phash, bounds));
  const buckets = new Map<string, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const pairs: DuplicatePair[] = [];
  const compared = new Set<string>();
  assets.forEach((asset, index) => {
    if (focus && !focus.has(asset.id)) return;
    for (const key of keysOf[index]!) {
      for (const other of buckets.get(key)!) {
        if (other === index) continue;
        const pairKey = index < other ? `${index},${other}` : `${other},${index}`;
        if (compared.has(pairKey)) continue;
        compared.add(pairKey);
        const distance = hammingDistanceHalves(halves[index]!, halves[other]!);
        if (distance > criteria.maxDistance) continue;
        const otherAsset = assets[other]!;
        const colorDifference =
          asset.color_grid && otherAsset.color_grid
            ? colorGridDifference(asset.color_grid, otherAsset.color_grid)
            : null;
        if (colorDifference !== null && colorDifference > criteria.maxColorDifference) continue;
        const [a, b] = asset.id < otherAsset.id ? [asset.id, otherAsset.id] : [otherAsset.id, asset.id];
        pairs.push({
          a,
          b,
          distance,
          colorDifference: colorDifference === null ? null : Math.round(colorDifference * 100) / 100,
        });
      }
    }
  });
  return pairs.sort(byDistanceThenIds);
}
