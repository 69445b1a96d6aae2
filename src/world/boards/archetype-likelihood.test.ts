import { describe, expect, it } from 'vitest';
import { handItem } from '../rules/__fixtures__/hand-item.ts';
import { ARCHETYPES } from '../vocabulary.ts';
import { archetypeLogLikelihood, BACKGROUND_MIXTURE, mixtureLogLikelihood } from './archetype-likelihood.ts';

describe('archetypeLogLikelihood', () => {
  it('matches a hand computation for a white solid plain top, formality 3, under minimalist', () => {
    // category: top 2 of (top 2 + trousers 2 + coat 2 + loafers 2 + belt 0.5 + hat 0.3 + 13 others × 1) = 21.8
    const category = 2 / 21.8;
    // colour: white 5 + floor 0.08, of the profile's 27 plus 32 × 0.08
    const color = 5.08 / (27 + 32 * 0.08);
    // pattern: solid 20 + 0.05, of solid 20 + pinstripe 1 + 9 kinds × 0.05
    const pattern = 20.05 / (21 + 9 * 0.05);
    // texture: plain 4.1 of plain 4.1 + linen 1.1 + silk 1.1 (a top's textures)
    const texture = 4.1 / 6.3;
    // formality: centre 3 ± 1 within a top's 1..3: level 2 gets 0.25, level 3 gets 0.5 + the clamped 0.25,
    // each plus the 0.02 floor, level 1 only the floor: 0.77 / (0.02 + 0.27 + 0.77)
    const formality = 0.77 / 1.06;
    const expected = Math.log(category * color * pattern * texture * formality);
    expect(archetypeLogLikelihood(handItem('t', 'top'), 'minimalist')).toBeCloseTo(expected, 10);
  });

  it('prefers the archetype whose profile describes the item', () => {
    const gown = handItem('d', 'dress', { color: 'emerald', texture: 'silk', formality: 5 });
    const best = ARCHETYPES.reduce((top, archetype) =>
      archetypeLogLikelihood(gown, archetype) > archetypeLogLikelihood(gown, top) ? archetype : top,
    );
    expect(best).toBe('glam');
  });
});

describe('mixtureLogLikelihood', () => {
  it('equals the archetype likelihood for a pure mixture and reads an empty one as the background', () => {
    const item = handItem('s', 'sneakers', { color: 'lime', texture: 'canvas', formality: 1 });
    expect(mixtureLogLikelihood(item, { sporty: 1 })).toBeCloseTo(archetypeLogLikelihood(item, 'sporty'), 10);
    expect(mixtureLogLikelihood(item, {})).toBeCloseTo(mixtureLogLikelihood(item, BACKGROUND_MIXTURE), 10);
    const half = Math.log(
      0.5 * Math.exp(archetypeLogLikelihood(item, 'sporty')) +
        0.5 * Math.exp(archetypeLogLikelihood(item, 'glam')),
    );
    expect(mixtureLogLikelihood(item, { sporty: 1, glam: 1 })).toBeCloseTo(half, 10);
  });
});
