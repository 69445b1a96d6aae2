import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onVisible` when the sentinel element comes within `margin` of the viewport: the next page
 * is asked for before the user reaches the end, so scrolling rarely waits. A new `round` (say, the
 * number of tiles) observes again, because an observer only reports changes and a sentinel still
 * in view after a short page would otherwise never ask for the next one.
 */
export function useSentinel(
  ref: RefObject<HTMLElement | null>,
  onVisible: () => void,
  round: number,
  margin = '1200px',
): void {
  const callback = useRef(onVisible);
  callback.current = onVisible;
  // biome-ignore lint/correctness/useExhaustiveDependencies: round re-arms the observer on purpose.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: `0px 0px ${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, round]);
}
