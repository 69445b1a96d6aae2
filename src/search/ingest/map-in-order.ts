/**
 * Runs `produce` over 0..count-1 with at most `concurrency` in flight and hands the results to
 * `consume` in index order, so rows are written — and asset keys handed out — in the source's order
 * whatever finishes first. (The same idea as the world generator's helper, which is internal to it.)
 */
export async function mapInOrder<T>(
  count: number,
  concurrency: number,
  produce: (index: number) => Promise<T>,
  consume: (index: number, value: T) => Promise<void> | void,
): Promise<void> {
  const pending = new Map<number, Promise<T>>();
  let next = 0;
  const fill = () => {
    while (next < count && pending.size < concurrency) {
      const promise = produce(next);
      // Observed when its turn comes; this only stops an unhandled-rejection crash before then.
      promise.catch(() => {});
      pending.set(next++, promise);
    }
  };
  fill();
  try {
    for (let index = 0; index < count; index++) {
      const value = await pending.get(index)!;
      pending.delete(index);
      fill();
      await consume(index, value);
    }
  } finally {
    // On failure, let the work already started settle, so nothing still touches the store or the
    // blob folder after the caller has moved on (and perhaps closed them).
    await Promise.allSettled(pending.values());
  }
}
