/**
 * Runs `produce(index)` for 0..count-1 with at most `concurrency` in flight and hands results to
 * `consume` strictly in index order. Output files are then identical whatever the concurrency,
 * and memory holds at most `concurrency` results instead of all of them.
 */
export async function mapInOrder<T>(
  count: number,
  concurrency: number,
  produce: (index: number) => Promise<T>,
  consume: (index: number, value: T) => Promise<void> | void,
): Promise<void> {
  const width = Math.max(1, Math.floor(concurrency));
  const pending = new Map<number, Promise<T>>();
  let nextToStart = 0;
  const startMore = () => {
    while (nextToStart < count && pending.size < width) {
      const index = nextToStart++;
      const promise = produce(index);
      // Rejections are observed when this index is awaited; this stops an unhandled-rejection crash
      // when an earlier index fails first.
      promise.catch(() => {});
      pending.set(index, promise);
    }
  };
  startMore();
  for (let index = 0; index < count; index++) {
    const promise = pending.get(index);
    if (!promise) throw new Error(`mapInOrder lost index ${index}`);
    const value = await promise;
    pending.delete(index);
    startMore();
    await consume(index, value);
  }
}
