/**
 * Maps `values` through `work` with at most `concurrency` calls in flight and returns the results
 * in input order. Used where the work is mostly waiting (sharp decodes on libuv's thread pool, HTTP
 * requests), so a few in flight keep the cores busy without holding a whole batch in memory twice.
 */
export async function mapWithConcurrency<T, R>(
  values: readonly T[],
  concurrency: number,
  work: (value: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await work(values[index] as T, index);
    }
  };
  const width = Math.max(1, Math.min(Math.floor(concurrency), values.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
