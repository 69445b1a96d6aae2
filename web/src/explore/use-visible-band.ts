import { type RefObject, useEffect, useState } from 'react';

export interface Band {
  top: number;
  bottom: number;
}

/** Rounding the band to steps keeps a scroll from re-rendering the grid on every pixel. */
const STEP = 200;

/**
 * The vertical range of an element (in its own coordinates) that is on screen, widened by
 * `overscan` pixels each way, so a long grid renders only the tiles near the viewport.
 */
export function useVisibleBand(ref: RefObject<HTMLElement | null>, overscan: number): Band {
  const [band, setBand] = useState<Band>({ top: -overscan, bottom: 2000 + overscan });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = ref.current;
      if (!element) return;
      const top = -element.getBoundingClientRect().top;
      const next = {
        top: Math.floor((top - overscan) / STEP) * STEP,
        bottom: Math.ceil((top + window.innerHeight + overscan) / STEP) * STEP,
      };
      setBand((previous) => (previous.top === next.top && previous.bottom === next.bottom ? previous : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ref, overscan]);
  return band;
}
