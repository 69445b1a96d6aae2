/**
 * Seeded randomness for the world. Every generated thing draws from its own stream, derived from
 * the run seed and a label such as `item:42`, so that changing how many outfits are generated never
 * changes item 42, and the same seed gives the same bytes on every machine (no Math.random anywhere).
 */

/** FNV-1a over a string, then a murmur-style finaliser: a stable 32-bit hash of a label. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for one named thing, independent of how many draws other streams made. */
  static for(seed: number, label: string): Random {
    return new Random(hashString(`${seed >>> 0}/${label}`));
  }

  /** mulberry32: small, fast, and good enough for sampling a synthetic world. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('Random.pick needs at least one value');
    return values[Math.floor(this.next() * values.length)] as T;
  }

  /** Picks a key with probability proportional to its weight; zero and negative weights never win. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const positive = entries.filter(([, weight]) => weight > 0);
    if (positive.length === 0) throw new Error('Random.weighted needs at least one positive weight');
    const total = positive.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of positive) {
      target -= weight;
      if (target < 0) return key;
    }
    return positive[positive.length - 1]![0];
  }

  shuffle<T>(values: readonly T[]): T[] {
    const copy = [...values];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }

  /** k distinct values, in random order. */
  sample<T>(values: readonly T[], count: number): T[] {
    return this.shuffle(values).slice(0, count);
  }
}
