import type { VectorHit } from '../vector-index-contract.ts';

/**
 * The k best (score, key) pairs seen so far, as a min-heap on parallel typed arrays: a full scan of
 * 200k vectors offers 200k scores and almost all of them lose to the heap's root in one comparison,
 * so the scan costs the dot products and nothing else. Equal scores rank the smaller key first, so
 * results are deterministic.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly keys: Float64Array;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  /** The score a newcomer must beat; -Infinity until the heap is full. */
  get threshold(): number {
    return this.count < this.capacity ? Number.NEGATIVE_INFINITY : this.scores[0]!;
  }

  offer(score: number, key: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      this.scores[this.count] = score;
      this.keys[this.count] = key;
      this.siftUp(this.count++);
      return;
    }
    if (!this.worse(0, score, key)) return;
    this.scores[0] = score;
    this.keys[0] = key;
    this.siftDown(0);
  }

  /** Best first. */
  hits(): VectorHit[] {
    const hits: VectorHit[] = [];
    for (let index = 0; index < this.count; index++) {
      // Unit vectors stored as float32 are unit only to ~1e-7, so a vector against itself can score
      // 1.0000001; the contract promises a cosine in [-1, 1].
      const score = Math.min(1, Math.max(-1, this.scores[index]!));
      hits.push({ key: this.keys[index]!, score });
    }
    return hits.sort((first, second) => second.score - first.score || first.key - second.key);
  }

  /** Whether the entry at `index` ranks below (score, key). */
  private worse(index: number, score: number, key: number): boolean {
    const held = this.scores[index]!;
    return held < score || (held === score && this.keys[index]! > key);
  }

  private swap(first: number, second: number): void {
    const score = this.scores[first]!;
    const key = this.keys[first]!;
    this.scores[first] = this.scores[second]!;
    this.keys[first] = this.keys[second]!;
    this.scores[second] = score;
    this.keys[second] = key;
  }

  private siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worse(child, this.scores[parent]!, this.keys[parent]!)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= this.count) return;
      const right = left + 1;
      let worst = left;
      if (right < this.count && this.worse(right, this.scores[left]!, this.keys[left]!)) worst = right;
      if (!this.worse(worst, this.scores[parent]!, this.keys[parent]!)) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }
}
