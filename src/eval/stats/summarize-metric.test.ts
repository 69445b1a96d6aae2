import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrap.ts';
import { summarizeMean, summarizeProportion } from './summarize-metric.ts';

const outcomes = (right: number, wrong: number) => [
  ...Array.from({ length: right }, () => true),
  ...Array.from({ length: wrong }, () => false),
];

describe('summarizeProportion', () => {
  it('uses Wilson for independent samples (Newcombe 1998, Table I: 81/263 → 0.2553–0.3662)', () => {
    const summary = summarizeProportion(outcomes(81, 182), { seed: 1 });
    expect(summary.method).toBe('wilson');
    expect(summary.n).toBe(263);
    expect(summary.clusters).toBe(263);
    expect(summary.estimate).toBeCloseTo(81 / 263, 12);
    expect(summary.low).toBeCloseTo(0.2553, 4);
    expect(summary.high).toBeCloseTo(0.3662, 4);
  });

  it('still uses Wilson when every cluster holds one sample', () => {
    const successes = outcomes(15, 133);
    const clusters = successes.map((_, index) => `image-${index}`);
    const summary = summarizeProportion(successes, { seed: 1, clusters });
    expect(summary.method).toBe('wilson');
    expect(summary.low).toBeCloseTo(0.0624, 4);
    expect(summary.high).toBeCloseTo(0.1605, 4);
  });

  it('uses the cluster bootstrap when samples share clusters, equal to bootstrapping the 0/1 values', () => {
    // Four questions per image, the outcome shared within an image for half the images.
    const successes: boolean[] = [];
    const clusters: string[] = [];
    for (let image = 0; image < 40; image++) {
      for (let question = 0; question < 4; question++) {
        successes.push(image % 2 === 0 ? image % 4 === 0 : question % 2 === 0);
        clusters.push(`image-${image}`);
      }
    }
    const summary = summarizeProportion(successes, { seed: 3, clusters });
    expect(summary.method).toBe('cluster-bootstrap');
    expect(summary.clusters).toBe(40);
    const direct = bootstrapInterval(
      successes.map((success) => (success ? 1 : 0)),
      { seed: 3, clusters },
    );
    expect(summary).toMatchObject({ estimate: direct.estimate, low: direct.low, high: direct.high, n: 160 });
  });

  it('falls back to Wilson over clusters when every clustered outcome is the same', () => {
    // 12 right answers on 3 images: the bootstrap could only say [1, 1]; Wilson for 3/3 has lower
    // end n/(n + z²) (p̂ = 1 in the score formula), by hand 3/(3 + 3.8415) = 0.43850.
    const clusters = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c'];
    const summary = summarizeProportion(outcomes(12, 0), { seed: 1, clusters });
    expect(summary.method).toBe('wilson');
    expect(summary.estimate).toBe(1);
    expect(summary.high).toBe(1);
    expect(summary.low).toBeCloseTo(3 / (3 + 3.841458820694124), 12);
  });

  it('returns NaN in [0, 1] for no samples', () => {
    const summary = summarizeProportion([], { seed: 1 });
    expect(summary.estimate).toBeNaN();
    expect(summary).toMatchObject({ low: 0, high: 1, n: 0, method: 'wilson' });
  });

  it('rejects cluster labels of the wrong length', () => {
    expect(() => summarizeProportion([true, false], { seed: 1, clusters: ['a'] })).toThrow(
      /differ in length/,
    );
  });
});

describe('summarizeMean', () => {
  it('bootstraps the mean, plain or clustered, and says which', () => {
    const values = [0.2, 0.9, 0.4, 0.7, 0.5, 0.6, 0.1, 0.8];
    const plain = summarizeMean(values, { seed: 4 });
    expect(plain.method).toBe('bootstrap');
    expect(plain.estimate).toBeCloseTo(4.2 / 8, 12);
    const direct = bootstrapInterval(values, { seed: 4 });
    expect(plain).toMatchObject({ estimate: direct.estimate, low: direct.low, high: direct.high });
    const clusters = ['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd'];
    const clustered = summarizeMean(values, { seed: 4, clusters });
    expect(clustered.method).toBe('cluster-bootstrap');
    expect(clustered.clusters).toBe(4);
    expect(clustered.n).toBe(8);
  });

  it('is NaN for no values', () => {
    const summary = summarizeMean([], { seed: 1 });
    expect(summary.estimate).toBeNaN();
    expect(summary.low).toBeNaN();
    expect(summary.n).toBe(0);
  });
});
