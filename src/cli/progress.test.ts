import { describe, expect, it } from 'vitest';
import { formatProgressLine } from './progress.ts';

describe('formatProgressLine', () => {
  it('shows done/total, percent, rate and ETA worked out from elapsed time', () => {
    // 50 of 200 in 10 s: 5/s, 150 left → 30 s.
    expect(formatProgressLine('items', 50, 200, 10)).toBe('items 50/200 (25%) 5.0/s ETA 30s');
    // 100 of 1000 in 20 s: 5/s, 900 left → 180 s = 3m00s.
    expect(formatProgressLine('items', 100, 1000, 20)).toBe('items 100/1000 (10%) 5.0/s ETA 3m00s');
    // 10 of 1000 in 1.813 s: 5.516/s, 990 left → 179.48 s, rounded up to 3m00s (never "2m60s").
    expect(formatProgressLine('items', 10, 1000, 1.813)).toBe('items 10/1000 (1%) 5.5/s ETA 3m00s');
  });

  it('has no ETA before anything is done', () => {
    expect(formatProgressLine('scenes', 0, 4, 0)).toBe('scenes 0/4 (0%) 0.0/s ETA --');
  });
});
