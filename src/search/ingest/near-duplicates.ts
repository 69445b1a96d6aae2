import { colorGridLab, labGridDifference } from './color-grid.ts';
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

/** Each hash cut into `blocks` bit ranges, as numbers: block b of asset i is values[i * blocks + b]. */
function blockValues(assets: readonly HashedAsset[], blocks: number): Uint32Array {
  const bounds = Array.from({ length: blocks + 1 }, (_, index) => Math.round((index * 64) / blocks));
  const values = new Uint32Array(assets.length * blocks);
  assets.forEach((asset, index) => {
    const hash = BigInt(`0x${asset.phash}`);
    for (let block = 0; block < blocks; block++) {
      const [from, to] = [bounds[block]!, bounds[block + 1]!];
      values[index * blocks + block] = Number((hash >> BigInt(64 - to)) & ((1n << BigInt(to - from)) - 1n));
    }
  });
  return values;
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
  const halves = assets.map((asset) => splitHash(asset.phash));
  const values = blockValues(assets, blocks);
  const buckets = new Map<number, number[]>();
  for (let index = 0; index < assets.length; index++) {
    for (let block = 0; block < blocks; block++) {
      // Block index and value in one number: values have at most 32 bits, blocks at most 64.
      const key = block * 2 ** 32 + values[index * blocks + block]!;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  }
  const grids = new Map<number, Float64Array | null>();
  const gridOf = (index: number): Float64Array | null => {
    let grid = grids.get(index);
    if (grid === undefined) {
      const text = assets[index]!.color_grid;
      grid = text ? colorGridLab(text) : null;
      grids.set(index, grid);
    }
    return grid;
  };
  const inFocus = (index: number) => focus === undefined || focus.has(assets[index]!.id);
  const pairs: DuplicatePair[] = [];
  for (let index = 0; index < assets.length; index++) {
    if (!inFocus(index)) continue;
    for (let block = 0; block < blocks; block++) {
      for (const other of buckets.get(block * 2 ** 32 + values[index * blocks + block]!)!) {
        // Each pair once: from its smaller index when both are in focus, and only in the first
        // block the two hashes share (instead of remembering every pair compared).
        if (other === index || (other < index && inFocus(other))) continue;
        let sharedEarlier = false;
        for (let earlier = 0; earlier < block && !sharedEarlier; earlier++) {
          sharedEarlier = values[index * blocks + earlier] === values[other * blocks + earlier];
        }
        if (sharedEarlier) continue;
        const distance = hammingDistanceHalves(halves[index]!, halves[other]!);
        if (distance > criteria.maxDistance) continue;
        const asset = assets[index]!;
        const otherAsset = assets[other]!;
        const [labs, otherLabs] = [gridOf(index), gridOf(other)];
        const colorDifference = labs && otherLabs ? labGridDifference(labs, otherLabs) : null;
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
  }
  return pairs.sort(byDistanceThenIds);
}
