import { describe, expect, it } from 'vitest';
import { handItem } from './__fixtures__/hand-item.ts';
import { checkArchetypeCoherence } from './archetype-coherence.ts';
import { dominantArchetype, mixtureOverlap } from './archetype-mixture.ts';

describe('mixture helpers', () => {
  it('computes the histogram intersection of normalised mixtures', () => {
    expect(mixtureOverlap({ classic: 0.7, preppy: 0.3 }, { preppy: 1 })).toBeCloseTo(0.3, 10);
    expect(mixtureOverlap({ classic: 2, preppy: 2 }, { preppy: 0.5, edgy: 0.5 })).toBeCloseTo(0.5, 10);
    expect(mixtureOverlap({ edgy: 1 }, { romantic: 1 })).toBe(0);
    expect(dominantArchetype({ classic: 0.3, glam: 0.7 })).toBe('glam');
  });
});

describe('checkArchetypeCoherence', () => {
  it('accepts items sharing a dominant archetype', () => {
    const items = [
      handItem('a', 'top', { archetypes: { edgy: 0.6, glam: 0.4 } }),
      handItem('b', 'jeans', { archetypes: { edgy: 0.8, streetwear: 0.2 } }),
    ];
    expect(checkArchetypeCoherence(items).passed).toBe(true);
  });

  it('accepts different dominants that overlap by 0.3 ≥ 0.25', () => {
    const items = [
      handItem('a', 'shirt', { archetypes: { classic: 0.7, preppy: 0.3 } }),
      handItem('b', 'skirt', { archetypes: { preppy: 1 } }),
    ];
    expect(checkArchetypeCoherence(items).passed).toBe(true);
  });

  it('rejects an overlap of 0.2 < 0.25 and names the least coherent pair', () => {
    const items = [
      handItem('a', 'shirt', { archetypes: { classic: 0.8, preppy: 0.2 } }),
      handItem('b', 'skirt', { archetypes: { preppy: 1 } }),
      handItem('c', 'boots', { color: 'black', archetypes: { edgy: 1 } }),
    ];
    const verdict = checkArchetypeCoherence(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.itemIds).toEqual(['a', 'c']);
    expect(verdict.message).toBe(
      'white shirt (a) (classic 80% / preppy 20%) and black boots (c) (edgy) share no dominant archetype and overlap 0.00 < 0.25',
    );
  });
});
