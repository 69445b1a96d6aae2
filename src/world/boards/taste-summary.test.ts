import { describe, expect, it } from 'vitest';
import { handItem } from '../rules/__fixtures__/hand-item.ts';
import { estimateMixture, tasteSummary } from './taste-summary.ts';

describe('tasteSummary', () => {
  it('counts colours, patterns and categories and averages formality, worked by hand', () => {
    const items = [
      handItem('a', 'dress', { color: 'black', texture: 'silk', formality: 5 }),
      handItem('b', 'heels', { color: 'black', texture: 'silk', formality: 5 }),
      handItem('c', 'dress', {
        color: 'emerald',
        pattern: { kind: 'dots', color: 'black', scale: 'small' },
        texture: 'silk',
        formality: 4,
      }),
      handItem('d', 'bag', { color: 'fuchsia', texture: 'leather', formality: 4 }),
    ];
    const summary = tasteSummary(items);
    // Colour mentions: black ×3 (two bodies, one dot colour), emerald, fuchsia: 5 in all.
    expect(summary.colors).toEqual([
      { value: 'black', share: 0.6 },
      { value: 'emerald', share: 0.2 },
      { value: 'fuchsia', share: 0.2 },
    ]);
    expect(summary.patterns).toEqual([
      { value: 'solid', share: 0.75 },
      { value: 'dots', share: 0.25 },
    ]);
    expect(summary.categories[0]).toEqual({ value: 'dress', share: 0.5 });
    expect(summary.formalityMean).toBe(4.5);
    expect(summary.archetypes).toEqual({ glam: 1 });
  });

  it('returns an empty estimate for no items', () => {
    expect(estimateMixture([])).toEqual({});
    expect(tasteSummary([]).formalityMean).toBe(0);
  });

  it('finds two tastes in a board that is half streetwear, half romantic', () => {
    const street = [0, 1, 2, 3, 4].flatMap((index) => [
      handItem(`s${index}`, 'sneakers', { color: 'black', texture: 'canvas', formality: 1 }),
      handItem(`t${index}`, 'top', {
        color: 'white',
        pattern: { kind: 'colorblock', color: 'orange' },
        formality: 1,
      }),
    ]);
    const romantic = [0, 1, 2, 3, 4].flatMap((index) => [
      handItem(`b${index}`, 'blouse', {
        color: 'pink',
        pattern: { kind: 'floral', color: 'lavender' },
        texture: 'silk',
      }),
      handItem(`k${index}`, 'skirt', {
        color: 'lavender',
        pattern: { kind: 'dots', color: 'ivory', scale: 'small' },
      }),
    ]);
    const estimate = estimateMixture([...street, ...romantic]);
    expect(Object.keys(estimate).sort()).toEqual(['romantic', 'streetwear']);
    expect(estimate.romantic).toBeCloseTo(0.5, 1);
  });
});
