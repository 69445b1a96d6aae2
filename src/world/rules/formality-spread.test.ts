import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { checkFormalitySpread } from './formality-spread.ts';

describe('checkFormalitySpread', () => {
  it('accepts a spread of 1', () => {
    const items = [handItem('t', 'top', { formality: 2 }), handItem('j', 'jeans', { formality: 3 })];
    expect(checkFormalitySpread(items)).toMatchObject({
      passed: true,
      message: 'formality 2 to 3, a spread of 1',
    });
  });

  it('accepts a spread of 0', () => {
    expect(checkFormalitySpread(basicOutfit()).passed).toBe(true);
  });

  it('breaks softly at a spread of 2, for half credit', () => {
    const items = [handItem('t', 'top', { formality: 2 }), handItem('h', 'heels', { formality: 4 })];
    const verdict = checkFormalitySpread(items);
    expect(verdict).toMatchObject({ passed: false, credit: 0.5, itemIds: ['t', 'h'] });
    expect(verdict.message).toContain('a spread of 2, a soft break');
  });

  it('breaks fully when formality 1 sneakers and shorts meet a formality 5 dress, naming the extremes', () => {
    const items = [
      handItem('sn', 'sneakers', { formality: 1 }),
      handItem('sh', 'shorts', { formality: 1 }),
      handItem('d', 'dress', { color: 'black', formality: 5 }),
    ];
    const verdict = checkFormalitySpread(items);
    expect(verdict).toMatchObject({ passed: false, credit: 0, itemIds: ['sn', 'd'] });
    expect(verdict.message).toBe(
      'white sneakers (sn) (formality 1) with black dress (d) (formality 5): a spread of 4; at most 1 mixes well',
    );
  });
});
