import { describe, expect, it } from 'vitest';
import { imageHeight, type MasonryOptions, masonryLayout } from './masonry-layout.ts';

// 640 px with 20 px gaps: floor((640 + 20) / (200 + 20)) = 3 columns of (640 − 2·20) / 3 = 200 px.
const OPTIONS: MasonryOptions = {
  containerWidth: 640,
  minColumnWidth: 200,
  minColumns: 2,
  gap: 20,
  captionHeight: 30,
};

describe('imageHeight', () => {
  it('keeps the aspect ratio of a known size', () => {
    expect(imageHeight({ width: 100, height: 200 }, 200)).toBe(400);
    expect(imageHeight({ width: 400, height: 300 }, 200)).toBe(150);
    // 235 × 1.5 = 352.5, rounded to whole pixels.
    expect(imageHeight({ width: 2, height: 3 }, 235)).toBe(353);
  });

  it('shows an unknown or zero size as a square', () => {
    expect(imageHeight({ width: null, height: 300 }, 200)).toBe(200);
    expect(imageHeight({ width: 300, height: null }, 200)).toBe(200);
    expect(imageHeight({ width: 0, height: 300 }, 200)).toBe(200);
  });

  it('clamps very tall and very wide images to 2.5 and 1/2.5 of the width', () => {
    expect(imageHeight({ width: 100, height: 1000 }, 200)).toBe(500);
    expect(imageHeight({ width: 1000, height: 100 }, 200)).toBe(80);
  });
});

describe('masonryLayout', () => {
  it('puts each tile in the shortest column, the leftmost on a tie', () => {
    const sizes = [
      { width: 100, height: 100 }, // 200 + 30 = 230
      { width: 100, height: 200 }, // 400 + 30 = 430
      { width: 200, height: 100 }, // 100 + 30 = 130
      { width: null, height: null }, // square: 230
      { width: 100, height: 1000 }, // clamped to 500: 530
      { width: 1000, height: 100 }, // clamped to 80: 110
    ];
    // Column bottoms (tile end + gap) as tiles go in:
    // t0 → col 0 [250, 0, 0]; t1 → col 1 [250, 450, 0]; t2 → col 2 [250, 450, 150];
    // t3 → col 2 at 150 [250, 450, 400]; t4 → col 0 at 250 [800, 450, 400]; t5 → col 2 at 400 [800, 450, 530].
    const layout = masonryLayout(sizes, OPTIONS);
    expect(layout.columns).toBe(3);
    expect(layout.columnWidth).toBe(200);
    expect(layout.placements).toEqual([
      { x: 0, y: 0, width: 200, height: 230 },
      { x: 220, y: 0, width: 200, height: 430 },
      { x: 440, y: 0, width: 200, height: 130 },
      { x: 440, y: 150, width: 200, height: 230 },
      { x: 0, y: 250, width: 200, height: 530 },
      { x: 440, y: 400, width: 200, height: 110 },
    ]);
    // The tallest column ends at 800 less its trailing gap.
    expect(layout.height).toBe(780);
  });

  it('never moves a placed tile when more tiles are appended', () => {
    const first = [
      { width: 3, height: 4 },
      { width: 1, height: 1 },
      { width: 4, height: 3 },
    ];
    const more = [...first, { width: 1, height: 2 }, { width: 5, height: 5 }];
    expect(masonryLayout(more, OPTIONS).placements.slice(0, 3)).toEqual(
      masonryLayout(first, OPTIONS).placements,
    );
  });

  it('fits as many columns as the width allows', () => {
    // (1080 + 20) / 220 = 5 exactly: five columns of (1080 − 80) / 5 = 200.
    const wide = masonryLayout([], { ...OPTIONS, containerWidth: 1080 });
    expect(wide.columns).toBe(5);
    expect(wide.columnWidth).toBe(200);
    // One pixel less and the fifth no longer fits: four of (1079 − 60) / 4 = 254.75.
    const narrower = masonryLayout([], { ...OPTIONS, containerWidth: 1079 });
    expect(narrower.columns).toBe(4);
    expect(narrower.columnWidth).toBe(254.75);
  });

  it('keeps the minimum number of columns on a narrow screen, and a width of at least 1', () => {
    // 100 px fits no 200 px column; two columns of (100 − 20) / 2 = 40 px.
    const narrow = masonryLayout([{ width: 1, height: 1 }], { ...OPTIONS, containerWidth: 100 });
    expect(narrow.columns).toBe(2);
    expect(narrow.columnWidth).toBe(40);
    expect(narrow.placements).toEqual([{ x: 0, y: 0, width: 40, height: 70 }]);
    // Before the container is measured: (0 − 20) / 2 is negative, held at 1.
    expect(masonryLayout([], { ...OPTIONS, containerWidth: 0 }).columnWidth).toBe(1);
  });

  it('is zero high with no tiles', () => {
    expect(masonryLayout([], OPTIONS)).toEqual({ columns: 3, columnWidth: 200, placements: [], height: 0 });
  });
});
