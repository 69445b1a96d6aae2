/**
 * The images one run has already read, by where they came from. Benchmarks ask many questions about
 * one picture (MMVP, BLINK, CV-Bench, the built-in suites' clusters); reading, hashing and storing
 * that file again for every sample cost more than the rest of the sample together at high
 * concurrency. An entry is the file as the run first read it: a data set is not expected to change
 * under a running evaluation, and each stored sample names the blob it was really shown either way.
 * Bounded by bytes, least recently used first out, so a set of distinct images streams through.
 */
export interface CachedImage {
  bytes: Uint8Array;
  mediaType: string;
  sha256: string;
}

export interface SampleImageCache {
  /** The image under `key`, loading it (once, however many samples ask at the same time) when absent. */
  get(key: string, load: () => Promise<CachedImage>): Promise<CachedImage>;
  /** Blobs this run has stored or read already: putting them again is a no-op. */
  readonly stored: Set<string>;
}

const DEFAULT_LIMIT_BYTES = 64 * 1024 * 1024;

export function createSampleImageCache(limitBytes = DEFAULT_LIMIT_BYTES): SampleImageCache {
  const entries = new Map<string, { promise: Promise<CachedImage>; bytes: number }>();
  let total = 0;

  const evict = (keep: string) => {
    for (const [key, entry] of entries) {
      if (total <= limitBytes) return;
      if (key === keep) continue;
      entries.delete(key);
      total -= entry.bytes;
    }
  };

  return {
    stored: new Set<string>(),
    get(key, load) {
      const cached = entries.get(key);
      if (cached !== undefined) {
        entries.delete(key);
        entries.set(key, cached);
        return cached.promise;
      }
      const entry = { promise: load(), bytes: 0 };
      entries.set(key, entry);
      entry.promise.then(
        (image) => {
          if (entries.get(key) !== entry) return;
          entry.bytes = image.bytes.byteLength;
          total += entry.bytes;
          evict(key);
        },
        () => {
          // A failure is not kept: each sample that needs the image reports it (or finds it fixed).
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.promise;
    },
  };
}
