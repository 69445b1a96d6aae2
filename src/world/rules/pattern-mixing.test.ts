import { describe, expect, it } from 'vitest';
import { basicOutfit, handItem } from './__fixtures__/hand-item.ts';
import { checkPatternMixing, patternWeight } from './pattern-mixing.ts';

describe('patternWeight', () => {
  it('treats solids and pinstripes as quiet and scaleless prints as large', () => {
    expect(patternWeight({ kind: 'solid' }).bold).toBe(false);
    expect(patternWeight({ kind: 'pinstripe', color: 'white' }).bold).toBe(false);
    expect(patternWeight({ kind: 'floral', color: 'red' })).toEqual({ bold: true, scale: 'large' });
    expect(patternWeight({ kind: 'dots', color: 'red', scale: 'small' })).toEqual({
      bold: true,
      scale: 'small',
    });
  });
});

describe('checkPatternMixing', () => {
  it('accepts an outfit of solids', () => {
    expect(checkPatternMixing(basicOutfit())).toMatchObject({ passed: true, message: 'no bold pattern' });
  });

  it('rejects a floral blouse with a plaid skirt: two large-scale patterns', () => {
    const items = [
      handItem('b', 'blouse', { pattern: { kind: 'floral', color: 'pink' } }),
      handItem('s', 'skirt', { color: 'navy', pattern: { kind: 'plaid', color: 'green' } }),
      handItem('l', 'loafers'),
    ];
    const verdict = checkPatternMixing(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.itemIds).toEqual(['b', 's']);
    expect(verdict.message).toBe(
      'two bold large-scale patterns compete: white floral blouse (b) and navy plaid skirt (s)',
    );
  });

  it('accepts a small check shirt under a plaid coat: the scales differ', () => {
    const items = [
      handItem('s', 'shirt', { pattern: { kind: 'checks', color: 'navy', scale: 'small' } }),
      handItem('c', 'coat', { color: 'camel', pattern: { kind: 'plaid', color: 'brown' } }),
    ];
    expect(checkPatternMixing(items).passed).toBe(true);
  });

  it('ignores a pinstripe beside a bold pattern', () => {
    const items = [
      handItem('t', 'trousers', { pattern: { kind: 'pinstripe', color: 'white' } }),
      handItem('b', 'blouse', { pattern: { kind: 'floral', color: 'pink' } }),
    ];
    expect(checkPatternMixing(items).passed).toBe(true);
  });

  it('rejects three bold patterns even with mixed scales', () => {
    const items = [
      handItem('s', 'shirt', {
        pattern: { kind: 'stripes', color: 'navy', direction: 'vertical', scale: 'small' },
      }),
      handItem('k', 'skirt', { pattern: { kind: 'leopard', color: 'brown' } }),
      handItem('b', 'bag', { pattern: { kind: 'dots', color: 'black', scale: 'small' } }),
    ];
    const verdict = checkPatternMixing(items);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toMatch(/^3 bold patterns/);
  });
});
