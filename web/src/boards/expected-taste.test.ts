import { describe, expect, it } from 'vitest';
import type { ArchetypeProfiles } from './board-types.ts';
import { expectedFormality, expectedPalette, expectedPatterns, orderedArchetypes } from './expected-taste.ts';

// Distributions are deliberately not normalised: the module must normalise each profile first.
const PROFILES: ArchetypeProfiles = {
  minimalist: {
    description: 'clean lines',
    colors: { black: 3, white: 1 },
    patterns: { solid: 2 },
    formality: 4,
  },
  edgy: {
    description: 'leather and studs',
    colors: { black: 1, red: 1 },
    patterns: { solid: 1, stripes: 1 },
    formality: 2,
  },
  boho: {
    description: 'flowing prints',
    colors: { rust: 0 },
    patterns: { paisley: 1, dots: 1 },
    formality: 1,
  },
};

describe('orderedArchetypes', () => {
  it('orders names as the profiles do, then the unknown ones as given', () => {
    expect(orderedArchetypes(['zeta', 'edgy', 'alpha', 'minimalist', 'edgy'], PROFILES)).toEqual([
      'minimalist',
      'edgy',
      'zeta',
      'alpha',
    ]);
    expect(orderedArchetypes([], PROFILES)).toEqual([]);
  });
});

describe('expectedPalette', () => {
  it('mixes the normalised colour distributions by weight, strongest first', () => {
    // minimalist: black 3/4, white 1/4; edgy: black 1/2, red 1/2.
    // black 0.6·0.75 + 0.4·0.5 = 0.65; red 0.4·0.5 = 0.2; white 0.6·0.25 = 0.15.
    expect(expectedPalette({ minimalist: 0.6, edgy: 0.4 }, PROFILES)).toEqual([
      { value: 'black', share: 0.65 },
      { value: 'red', share: 0.2 },
      { value: 'white', share: 0.15 },
    ]);
  });

  it('keeps only the top colours', () => {
    expect(expectedPalette({ minimalist: 0.6, edgy: 0.4 }, PROFILES, 1)).toEqual([
      { value: 'black', share: 0.65 },
    ]);
  });

  it('skips archetypes without a profile or with an empty distribution, without renormalising', () => {
    // boho's colours sum to 0 and "ghost" has no profile: only minimalist's 0.5 counts.
    // black 0.5·0.75 = 0.375 → 0.38; white 0.5·0.25 = 0.125 → 0.13.
    expect(expectedPalette({ minimalist: 0.5, boho: 0.3, ghost: 0.2 }, PROFILES)).toEqual([
      { value: 'black', share: 0.38 },
      { value: 'white', share: 0.13 },
    ]);
    expect(expectedPalette({ ghost: 1 }, PROFILES)).toEqual([]);
  });
});

describe('expectedPatterns', () => {
  it('breaks ties by name', () => {
    // boho: paisley 1/2, dots 1/2 → a tie at 0.5 each, listed alphabetically.
    expect(expectedPatterns({ boho: 1 }, PROFILES)).toEqual([
      { value: 'dots', share: 0.5 },
      { value: 'paisley', share: 0.5 },
    ]);
  });

  it('mixes patterns as colours are mixed', () => {
    // minimalist: solid 1; edgy: solid 1/2, stripes 1/2. solid 0.6 + 0.2 = 0.8; stripes 0.2.
    expect(expectedPatterns({ minimalist: 0.6, edgy: 0.4 }, PROFILES)).toEqual([
      { value: 'solid', share: 0.8 },
      { value: 'stripes', share: 0.2 },
    ]);
  });

  it('keeps four by default', () => {
    const profiles: ArchetypeProfiles = {
      many: { description: '', colors: {}, patterns: { a: 5, b: 4, c: 3, d: 2, e: 1 }, formality: 3 },
    };
    expect(expectedPatterns({ many: 1 }, profiles).map((share) => share.value)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('expectedFormality', () => {
  it('is the weighted mean of the known archetypes', () => {
    // (0.6·4 + 0.4·2) / 1 = 3.2
    expect(expectedFormality({ minimalist: 0.6, edgy: 0.4 }, PROFILES)).toBe(3.2);
    // Unknown weight is left out of both sums: (0.5·4) / 0.5 = 4.
    expect(expectedFormality({ minimalist: 0.5, ghost: 0.5 }, PROFILES)).toBe(4);
    // (1·4 + 2·2 + 0·1) / 3 = 8/3 = 2.666… → 2.67
    expect(expectedFormality({ minimalist: 1, edgy: 2, boho: 0 }, PROFILES)).toBe(2.67);
  });

  it('is null when no archetype has a profile', () => {
    expect(expectedFormality({ ghost: 1 }, PROFILES)).toBeNull();
    expect(expectedFormality({}, PROFILES)).toBeNull();
  });
});
