import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { RULE_IDS } from './rule.ts';
import { outfitAssessmentSchema } from './schema.ts';
import { brokenRules, scoreOutfit } from './score-outfit.ts';

describe('scoreOutfit', () => {
  it('scores a white shirt, navy trousers and black loafers 1 and compatible, with every rule', () => {
    const assessment = scoreOutfit(basicOutfit());
    expect(assessment.score).toBe(1);
    expect(assessment.compatible).toBe(true);
    expect(assessment.rules.map((outcome) => outcome.rule)).toEqual([...RULE_IDS]);
    expect(outfitAssessmentSchema.parse(assessment)).toEqual(assessment);
  });

  it('weights breaks: a clash (weight 2 of 10.5) scores 8.5 / 10.5', () => {
    const items = [
      handItem('t', 'top', { color: 'red' }),
      handItem('s', 'skirt', { color: 'fuchsia' }),
      handItem('l', 'loafers'),
    ];
    const assessment = scoreOutfit(items);
    expect(assessment.compatible).toBe(false);
    expect(brokenRules(assessment)).toEqual(['color-harmony']);
    expect(assessment.score).toBeCloseTo(8.5 / 10.5, 10);
  });

  it('gives a soft formality break half its weight: (10.5 - 1) / 10.5', () => {
    const items = [
      handItem('t', 'top', { formality: 2 }),
      handItem('s', 'skirt', { formality: 3 }),
      handItem('h', 'heels', { formality: 4 }),
    ];
    const assessment = scoreOutfit(items);
    expect(brokenRules(assessment)).toEqual(['formality-spread']);
    expect(assessment.score).toBeCloseTo(9.5 / 10.5, 10);
  });

  it('does not depend on item order', () => {
    const items = [
      handItem('t', 'top', { color: 'red', season: 'summer' }),
      handItem('s', 'skirt', { color: 'blue', formality: 5 }),
      handItem('c', 'coat', { season: 'winter', archetypes: { glam: 1 } }),
    ];
    expect(scoreOutfit([...items].reverse())).toEqual(scoreOutfit(items));
  });
});
