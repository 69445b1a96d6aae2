import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';
import { summarizeMeanByTotals, summarizeProportionByTotals } from './summarize-by-totals.ts';
import { summarizeMean, summarizeProportion } from './summarize-metric.ts';

const outcomes = (right: number, wrong: number) => [
  ...Array.from({ length: right }, () => true),
  ...Array.from({ length: wrong }, () => false),
];

/** Four questions per image; the outcome shared within an image for half the images. */
function sharedImages(images: number): { successes: boolean[]; clusters: string[] } {
  const successes: boolean[] = [];
  const clusters: string[] = [];
  for (let image = 0; image < images; image++) {
    for (let question = 0; question < 4; question++) {
      successes.push(image % 2 === 0 ? image % 4 === 0 : question % 2 === 0);
      clusters.push(`image-${image}`);
    }
  }
  return { successes, clusters };
}

describe('summarizeProportionByTotals', () => {
  it("gives summarizeProportion's summary with method 'draw', whichever rule applies", () => {
    const shared = sharedImages(40);
    const cases = [
      { successes: outcomes(81, 182), options: { seed: 1 } },
      {
        successes: outcomes(15, 133),
        options: { seed: 1, clusters: outcomes(15, 133).map((_, index) => `i-${index}`) },
      },
      { successes: shared.successes, options: { seed: 3, clusters: shared.clusters } },
      {
        successes: outcomes(0, 12),
        options: { seed: 3, clusters: outcomes(0, 12).map((_, index) => `i-${index % 5}`) },
      },
      {
        successes: outcomes(12, 0),
        options: { seed: 3, clusters: outcomes(12, 0).map((_, index) => `i-${index % 5}`) },
      },
    ];
    for (const { successes, options } of cases) {
      expect(summarizeProportionByTotals(successes, { ...options, method: 'draw' })).toEqual(
        summarizeProportion(successes, options),
      );
    }
  });

  it('takes numeric cluster ids for string labels', () => {
    const { successes, clusters } = sharedImages(40);
    const ids = Uint32Array.from(clusters, (label) => Number(label.slice(6)));
    expect(summarizeProportionByTotals(successes, { seed: 5, clusters: ids })).toEqual(
      summarizeProportionByTotals(successes, { seed: 5, clusters }),
    );
  });

  it("by default counts kinds multinomially: summarizeProportion's interval up to bootstrap noise", () => {
    // 2,000 images of four questions in 3 kinds: 'auto' resamples multinomially.
    const { successes, clusters } = sharedImages(2000);
    const reference = summarizeProportion(successes, { seed: 9, clusters, resamples: 4000 });
    const fast = summarizeProportionByTotals(successes, { seed: 9, clusters, resamples: 4000 });
    expect(fast).toMatchObject({
      estimate: reference.estimate,
      n: 8000,
      clusters: 2000,
      method: 'cluster-bootstrap',
    });
    const halfWidth = (reference.high - reference.low) / 2;
    // Each end of a 4,000-resample percentile interval is off by about 2.2% of the half-width
    // (√(0.025 · 0.975 / 4000) / φ(1.96) ≈ 0.042 σ), a difference of two by 3.1%: 12% is four of
    // those (seen: at most 6.6% over six seeds).
    expect(Math.abs(fast.low - reference.low)).toBeLessThan(0.12 * halfWidth);
    expect(Math.abs(fast.high - reference.high)).toBeLessThan(0.12 * halfWidth);
    expect(fast.low).not.toBe(reference.low);
  });
});

describe('summarizeMeanByTotals', () => {
  it("gives summarizeMean's summary (up to rounding) with method 'draw' or with many kinds", () => {
    const random = seededRandom(2);
    const values = Array.from({ length: 300 }, () => random.next());
    const clusters = values.map((_, index) => `board-${Math.floor(index / 3)}`);
    for (const options of [{ seed: 4 }, { seed: 4, clusters }]) {
      const reference = summarizeMean(values, options);
      for (const method of ['draw', 'auto'] as const) {
        const fast = summarizeMeanByTotals(values, { ...options, method });
        expect({ ...fast, low: 0, high: 0 }).toEqual({ ...reference, low: 0, high: 0 });
        expect(Math.abs(fast.low - reference.low)).toBeLessThan(1e-12);
        expect(Math.abs(fast.high - reference.high)).toBeLessThan(1e-12);
      }
    }
  });

  it('refuses values that are not finite', () => {
    expect(() => summarizeMeanByTotals([0.5, Number.POSITIVE_INFINITY], { seed: 1 })).toThrow(/index 1/);
  });
});
