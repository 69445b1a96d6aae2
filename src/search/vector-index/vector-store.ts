import type { VectorHit } from '../vector-index-contract.ts';
import { VectorIndexError } from './errors.ts';
import { exactTopK, GATHER_ROWS } from './exact-search.ts';
import { assertDimensions, assertKey, writeNormalised } from './validate.ts';

const INITIAL_CAPACITY = 1024;

/**
 * Unit vectors in one contiguous, growable Float32Array (row `slot` at `slot * dimensions`), with the
 * key of each row beside it. Contiguity is what lets a full scan run at memory speed and lets the
 * rows be written to disk or handed to usearch without copying. Removal moves the last row into the
 * hole, so rows stay dense and a scan never skips tombstones.
 */
export class VectorStore {
  readonly dimensions: number;
  private data: Float32Array;
  private rowKeys: Float64Array;
  private readonly slots = new Map<number, number>();
  private count = 0;
  /** Saves in flight; while any is, rows must not change under the file being written. */
  private readers = 0;
  /** Reused gather buffer for candidate searches, allocated on the first one. */
  private scratch: Float32Array | undefined;

  constructor(dimensions: number, capacity = INITIAL_CAPACITY) {
    assertDimensions(dimensions);
    this.dimensions = dimensions;
    this.data = new Float32Array(Math.max(1, capacity) * dimensions);
    this.rowKeys = new Float64Array(Math.max(1, capacity));
  }

  /**
   * Takes ownership of rows read from disk (normalised when they were first stored) without copying
   * them: at a million 512-d rows a copy is 2 GB of fresh pages.
   */
  static adopt(dimensions: number, keys: Float64Array, rows: Float32Array): VectorStore {
    if (rows.length !== keys.length * dimensions || rows.byteOffset !== 0) {
      throw new Error(`VectorStore.adopt needs ${keys.length} rows of ${dimensions} floats at offset 0`);
    }
    const store = new VectorStore(dimensions, 1);
    store.data = rows;
    store.rowKeys = keys;
    for (let slot = 0; slot < keys.length; slot++) store.slots.set(keys[slot]!, slot);
    store.count = keys.length;
    return store;
  }

  get size(): number {
    return this.count;
  }

  /** The used rows, a view that is valid until the next write. */
  get rows(): Float32Array {
    return this.data.subarray(0, this.count * this.dimensions);
  }

  /** The key of each used row, a view that is valid until the next write. */
  get keys(): Float64Array {
    return this.rowKeys.subarray(0, this.count);
  }

  has(key: number): boolean {
    return this.slots.has(key);
  }

  slotOf(key: number): number | undefined {
    return this.slots.get(key);
  }

  /** A copy of the stored (unit) vector, for callers such as MMR that need it after the search. */
  vector(key: number): Float32Array | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    return this.data.slice(slot * this.dimensions, (slot + 1) * this.dimensions);
  }

  /**
   * Runs `work` (a save) with the rows frozen: the file is written across many awaits, and an upsert
   * landing in between would leave rows, keys and graph describing different states.
   */
  async whileFrozen<T>(work: () => Promise<T>): Promise<T> {
    this.readers++;
    try {
      return await work();
    } finally {
      this.readers--;
    }
  }

  /** Throws if a save is in flight; every mutation calls it before touching anything. */
  assertWritable(): void {
    if (this.readers > 0) {
      throw new VectorIndexError(
        'INDEX_BUSY',
        'The vector index is being saved and cannot change until save() settles.',
        {
          hint: 'Await save() before upserting or removing vectors.',
        },
      );
    }
  }

  /** Grows once for a whole batch rather than doubling repeatedly while it is written. */
  reserve(rows: number): void {
    this.assertWritable();
    const capacity = this.rowKeys.length;
    if (rows <= capacity) return;
    const grown = Math.max(rows, Math.ceil(capacity * 1.5));
    const data = new Float32Array(grown * this.dimensions);
    data.set(this.rows);
    const rowKeys = new Float64Array(grown);
    rowKeys.set(this.keys);
    this.data = data;
    this.rowKeys = rowKeys;
  }

  /** Writes the unit-length copy of `vector` under `key`, replacing any earlier one; returns its row. */
  put(key: number, vector: Float32Array): number {
    this.assertWritable();
    assertKey(key);
    const what = `The vector for key ${key}`;
    const existing = this.slots.get(key);
    if (existing !== undefined) {
      writeNormalised(this.data, existing * this.dimensions, vector, this.dimensions, what);
      return existing;
    }
    // Written before the key is registered: writeNormalised throws before touching the row, and a
    // rejected vector must leave no half-added key behind.
    this.reserve(this.count + 1);
    const slot = this.count;
    writeNormalised(this.data, slot * this.dimensions, vector, this.dimensions, what);
    this.rowKeys[slot] = key;
    this.slots.set(key, slot);
    this.count++;
    return slot;
  }

  delete(key: number): boolean {
    this.assertWritable();
    const slot = this.slots.get(key);
    if (slot === undefined) return false;
    const last = this.count - 1;
    if (slot !== last) {
      const lastKey = this.rowKeys[last]!;
      this.data.copyWithin(slot * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
      this.rowKeys[slot] = lastKey;
      this.slots.set(lastKey, slot);
    }
    this.slots.delete(key);
    this.count = last;
    return true;
  }

  /** Exact top-k by inner product of a unit query, over every row or over the candidate keys only. */
  search(query: Float32Array, k: number, candidates?: readonly number[]): VectorHit[] {
    return exactTopK({
      rows: this.data,
      count: this.count,
      keyOf: (row) => this.rowKeys[row]!,
      dimensions: this.dimensions,
      query,
      k,
      subset: candidates === undefined ? undefined : this.rowsOf(candidates),
      scratch: () => {
        this.scratch ??= new Float32Array(GATHER_ROWS * this.dimensions);
        return this.scratch;
      },
    });
  }

  /**
   * The rows of the candidate keys, ascending and each once (a filter may repeat a key or name keys
   * this index never saw). A short list is sorted; a long one is marked in a bitmap and read back in
   * order, which costs one byte per row instead of an n log n sort.
   */
  private rowsOf(candidates: readonly number[]): Int32Array {
    if (candidates.length * 16 < this.count) {
      const rows = new Int32Array(candidates.length);
      let found = 0;
      for (const key of candidates) {
        const row = this.slots.get(key);
        if (row !== undefined) rows[found++] = row;
      }
      const sorted = rows.subarray(0, found).sort();
      let unique = 0;
      for (let index = 0; index < sorted.length; index++) {
        if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[unique++] = sorted[index]!;
      }
      return sorted.subarray(0, unique);
    }
    const marked = new Uint8Array(this.count);
    let found = 0;
    for (const key of candidates) {
      const row = this.slots.get(key);
      if (row !== undefined && marked[row] === 0) {
        marked[row] = 1;
        found++;
      }
    }
    const rows = new Int32Array(found);
    let next = 0;
    for (let row = 0; row < this.count; row++) if (marked[row] === 1) rows[next++] = row;
    return rows;
  }
}
