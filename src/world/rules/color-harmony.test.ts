import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { checkColorHarmony } from './color-harmony.ts';

describe('checkColorHarmony', () => {
  it('accepts white, navy and black: all neutrals', () => {
    expect(checkColorHarmony(basicOutfit())).toMatchObject({
      passed: true,
      message: 'all neutrals, no accent colour',
    });
  });

  it('accepts one accent on neutrals', () => {
    const items = [handItem('t', 'top', { color: 'red' }), handItem('j', 'jeans', { color: 'denim' })];
    expect(checkColorHarmony(items)).toMatchObject({
      passed: true,
      message: 'one accent colour (red) on neutrals',
    });
  });

  it('rejects red, fuchsia and orange accents and names all three carriers', () => {
    const items = [
      handItem('t', 'top', { color: 'red' }),
      handItem('s', 'skirt', { color: 'fuchsia' }),
      handItem('b', 'bag', { color: 'orange' }),
      handItem('h', 'heels', { color: 'black' }),
    ];
    const verdict = checkColorHarmony(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.itemIds).toEqual(['t', 's', 'b']);
    expect(verdict.message).toBe(
      '3 accent colours: red (red top (t)), fuchsia (fuchsia skirt (s)) and orange (orange bag (b)); neutrals plus at most 2 accents',
    );
  });

  it('counts a pattern colour as an accent', () => {
    const items = [
      handItem('t', 'top', { color: 'white', pattern: { kind: 'floral', color: 'red' } }),
      handItem('s', 'skirt', { color: 'lime' }),
      handItem('b', 'bag', { color: 'blue' }),
    ];
    expect(checkColorHarmony(items).passed).toBe(false);
  });

  it('rejects red with fuchsia as a clash: Lab hues 31° and 356° are 35° apart, both chroma ≥ 55', () => {
    const items = [handItem('t', 'top', { color: 'red' }), handItem('s', 'skirt', { color: 'fuchsia' })];
    const verdict = checkColorHarmony(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toBe(
      'red and fuchsia clash (hues 35° apart, both saturated): red top (t) against fuchsia skirt (s)',
    );
    expect(verdict.itemIds).toEqual(['t', 's']);
  });

  it('accepts red with green as complementary (115° apart)', () => {
    const items = [handItem('t', 'top', { color: 'red' }), handItem('s', 'skirt', { color: 'green' })];
    expect(checkColorHarmony(items)).toMatchObject({
      passed: true,
      message: 'red and green are complementary (hues 115° apart), on neutrals',
    });
  });

  it('accepts sky with blue as analogous (37° apart; sky is not saturated)', () => {
    const items = [handItem('t', 'shirt', { color: 'sky' }), handItem('s', 'trousers', { color: 'blue' })];
    expect(checkColorHarmony(items).passed).toBe(true);
  });

  it('rejects red with blue: 100° apart is neither analogous nor complementary', () => {
    const items = [handItem('t', 'top', { color: 'red' }), handItem('s', 'skirt', { color: 'blue' })];
    const verdict = checkColorHarmony(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toContain(
      'red and blue are neither analogous nor complementary (hues 100° apart)',
    );
  });
});
